import type { NextRequest } from 'next/server'
import { ELDER_MODE_CSS, STANDARD_CSS } from '@/platform/site-shell/elder-mode-css'
import { ELDER_COOKIE } from '@/platform/site-shell/reader-preferences'

/** Per-visitor stylesheet: the only part of a page that depends on the 长者模式 cookie. */
export function GET(request: NextRequest) {
  const elder = request.cookies.get(ELDER_COOKIE)?.value === 'on'
  const etag = elder ? '"elder-1"' : '"standard-1"'
  const headers = {
    'Content-Type': 'text/css; charset=utf-8',
    'Cache-Control': 'private, no-cache',
    Vary: 'Cookie',
    ETag: etag,
  }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return new Response(elder ? ELDER_MODE_CSS : STANDARD_CSS, { headers })
}
