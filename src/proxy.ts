import { NextResponse, type NextRequest } from 'next/server'
import { SCRIPT_COOKIE } from './lib/chinese-script'

/**
 * Serves each public page from its prerendered Simplified or Traditional variant according to the
 * reader's cookie, so pages stay static whatever the setting. Only a rewrite: access rules live
 * in Payload.
 */
export function proxy(request: NextRequest) {
  const script = request.cookies.get(SCRIPT_COOKIE)?.value === 'hant' ? 'hant' : 'hans'
  const url = request.nextUrl.clone()
  url.pathname = `/${script}${url.pathname === '/' ? '' : url.pathname}`
  return NextResponse.rewrite(url)
}

export const config = {
  matcher: [
    '/((?!admin|api|_next|hans|hant|reader-settings|reader\\.css|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.[a-z0-9]+$).*)',
  ],
}
