import { NextResponse, type NextRequest } from 'next/server'
import { goneSectionOf } from './gone-sections'
import { ownPageAnswer } from '@/platform/errors/own-page-answer'
import { plainPage } from '@/platform/errors/refusal-pages'
import { retiredAddress } from './retired-address-table'

const FALLBACK = plainPage('内容已下线', ['您要访问的内容已经停止发布，不再提供。给您带来不便，敬请谅解。'], [
  { href: '/search', label: '在本站搜索相关内容' },
  { href: '/', label: '返回首页' },
])

/**
 * The answer at a retired address: a 308 to its replacement, or 410 Gone with the site's own
 * "内容已下线" page (rendered at /<script>/gone/<section>, fetched from this server because a
 * page cannot set its status). Staff previewing a draft (draft-mode cookie) go through to the
 * page, which Payload's access rules still guard.
 */
export async function retiredAnswer(request: NextRequest, script: 'hans' | 'hant'): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (request.cookies.has('__prerender_bypass')) return null
  const entry = await retiredAddress(request.nextUrl.pathname)
  if (!entry) return null
  if (entry.status === '308' && entry.target) {
    // Browsers keep permanent redirects; no-cache makes them ask again, as the page may be republished.
    // A proxy's redirect needs an absolute address (a relative Location header answers 500).
    const response = NextResponse.redirect(new URL(entry.target, request.nextUrl), 308)
    response.headers.set('Cache-Control', 'no-cache')
    return response
  }
  const from = encodeURIComponent(request.nextUrl.pathname)
  return ownPageAnswer(request, `/${script}/gone/${goneSectionOf(request.nextUrl.pathname)}?from=${from}`, 410, FALLBACK)
}
