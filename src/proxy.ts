import { NextResponse, type NextRequest } from 'next/server'
import { SCRIPT_COOKIE } from './lib/chinese-script'
import { clientIpOf } from './lib/client-ip'
import { consume } from './lib/rate-limits'
import { tooLargePage, tooManyRequestsPage } from './lib/refusal-pages'

/** Form posts residents make, and the limits that apply to them (rate limiting, not access control). */
const LIMITED_POSTS: Record<string, ('submit' | 'submitSiteWide' | 'track')[]> = {
  '/feedback/new': ['submit', 'submitSiteWide'],
  '/feedback/track': ['track'],
}

async function retryAfter(request: NextRequest): Promise<number> {
  const limits = request.method === 'POST' ? LIMITED_POSTS[request.nextUrl.pathname] : undefined
  if (!limits) return 0
  const ip = clientIpOf(request.headers)
  for (const name of limits) {
    const wait = await consume(name, name === 'submitSiteWide' ? 'site' : ip)
    if (wait > 0) return wait
  }
  return 0
}

/**
 * Serves each public page from its prerendered Simplified or Traditional variant according to the
 * reader's cookie, so pages stay static whatever the setting. Only a rewrite: access rules live
 * in Payload.
 */
// Matches serverActions.bodySizeLimit in next.config.mjs: bigger posts get a page, not an error.
const MAX_FORM_BYTES = 16 * 1024 * 1024

const htmlHeaders = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }

export async function proxy(request: NextRequest) {
  const declaredSize = Number(request.headers.get('content-length') ?? 0)
  if (request.method === 'POST' && LIMITED_POSTS[request.nextUrl.pathname] && declaredSize > MAX_FORM_BYTES) {
    return new NextResponse(tooLargePage(MAX_FORM_BYTES / 1024 / 1024), { status: 413, headers: htmlHeaders })
  }
  const wait = await retryAfter(request)
  if (wait > 0) {
    return new NextResponse(tooManyRequestsPage(wait), {
      status: 429,
      headers: { ...htmlHeaders, 'Retry-After': String(wait) },
    })
  }
  const script = request.cookies.get(SCRIPT_COOKIE)?.value === 'hant' ? 'hant' : 'hans'
  const url = request.nextUrl.clone()
  url.pathname = `/${script}${url.pathname === '/' ? '' : url.pathname}`
  return NextResponse.rewrite(url)
}

export const config = {
  matcher: [
    '/((?!admin|api|_next|hans|hant|reader-settings|feedback-challenge|reader\\.css|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.[a-z0-9]+$).*)',
  ],
}
