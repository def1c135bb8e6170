import crypto from 'node:crypto'
import type { NextRequest } from 'next/server'
import { ELDER_MODE_CSS, STANDARD_CSS } from '@/platform/site-shell/elder-mode-css'
import { ELDER_COOKIE } from '@/platform/site-shell/reader-preferences'

// Named by content, so a browser never keeps an older copy after a release changes the styles.
const tag = (css: string) => `"${crypto.createHash('sha256').update(css).digest('base64url').slice(0, 16)}"`
const ELDER_TAG = tag(ELDER_MODE_CSS)
const STANDARD_TAG = tag(STANDARD_CSS)

/** Per-visitor stylesheet: the only part of a page that depends on the 长者模式 cookie. */
export function GET(request: NextRequest) {
  const elder = request.cookies.get(ELDER_COOKIE)?.value === 'on'
  const etag = elder ? ELDER_TAG : STANDARD_TAG
  const headers = {
    'Content-Type': 'text/css; charset=utf-8',
    'Cache-Control': 'private, no-cache',
    Vary: 'Cookie',
    ETag: etag,
  }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return new Response(elder ? ELDER_MODE_CSS : STANDARD_CSS, { headers })
}
