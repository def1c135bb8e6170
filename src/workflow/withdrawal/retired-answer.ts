import { NextResponse, type NextRequest } from 'next/server'
import { goneSectionOf } from './gone-sections'
import { ownPageAnswer } from '../../lib/own-page-answer'
import { retiredAddress } from './retired-address-table'

const FALLBACK = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>内容已下线</title></head>
<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;max-width:40em;margin:2rem auto;padding:0 1rem;line-height:1.75">
<main><h1>内容已下线</h1><p>您要访问的内容已经停止发布，不再提供。给您带来不便，敬请谅解。</p>
<ul><li><a href="/search">在本站搜索相关内容</a></li><li><a href="/">返回首页</a></li></ul></main></body></html>`

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
  return ownPageAnswer(request, `/${script}/gone/${goneSectionOf(request.nextUrl.pathname)}`, 410, FALLBACK)
}
