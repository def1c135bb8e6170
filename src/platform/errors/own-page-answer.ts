import { NextResponse, type NextRequest } from 'next/server'
import { ownOrigin } from '@/platform/site-shell/server-url'

/**
 * For the proxy: the HTML of one of this server's own pages, answered with another status (a page
 * cannot set its own), e.g. the 410 "内容已下线" page or the 404 page. The page's scripts carry the
 * nonce of its own policy, which the answer keeps; if the page cannot be fetched, `fallbackHtml`
 * still says what happened.
 */
export async function ownPageAnswer(request: NextRequest, pagePath: string, status: number, fallbackHtml: string): Promise<NextResponse> {
  let html = fallbackHtml
  const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' })
  try {
    const page = await fetch(`${ownOrigin()}${pagePath}`, { signal: AbortSignal.timeout(3000), cache: 'no-store' })
    if (page.ok || page.status === 404) {
      html = await page.text()
      const policy = page.headers.get('content-security-policy')
      if (policy) headers.set('Content-Security-Policy', policy)
    }
  } catch {
    // The fallback page still says what happened.
  }
  return new NextResponse(request.method === 'HEAD' ? null : html, { status, headers })
}
