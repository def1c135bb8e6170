import type { NextRequest, NextResponse } from 'next/server'
import { documentAt } from '@/platform/publishing/withdrawal/public-address'
import { ownPageAnswer } from './own-page-answer'
import { plainPage } from './refusal-pages'
import { ownOrigin } from '@/platform/site-shell/server-url'

/**
 * Article addresses that name nothing published (/policies/no-such-notice) get the site's 404 page
 * from the proxy. A page rendered per request that calls notFound() gets status 404 from Next but
 * an empty body that only JavaScript fills in (vercel/next.js #62228), so readers without
 * JavaScript would see a blank page. The check asks the server's own API as a visitor would; an
 * address found is remembered for EXISTS_MS, a missing one is asked again every time, so a page
 * published a moment ago is never hidden. If the API cannot answer, the page decides as before.
 */
const EXISTS_MS = 1500
const MAX_REMEMBERED = 5000
const existing = new Map<string, number>()

async function isPublished(collection: string, field: string, value: string): Promise<boolean | null> {
  const key = `${collection}\u0000${value}`
  const seenAt = existing.get(key)
  if (seenAt !== undefined && Date.now() - seenAt < EXISTS_MS) return true
  const query = `where[${field}][equals]=${encodeURIComponent(value)}&limit=1&depth=0&select[${field}]=true`
  try {
    const response = await fetch(`${ownOrigin()}/api/${collection}?${query}`, { signal: AbortSignal.timeout(3000), cache: 'no-store' })
    if (!response.ok) return null
    const { totalDocs } = (await response.json()) as { totalDocs?: number }
    if (!totalDocs) return false
    if (existing.size >= MAX_REMEMBERED) existing.clear()
    existing.set(key, Date.now())
    return true
  } catch {
    return null
  }
}

const FALLBACK = plainPage(
  '页面未找到',
  ['您要访问的页面不存在，可能已经移动或地址有误。', '如需帮助，请拨打全国卫生健康热线 <a href="tel:12320">12320</a>。'],
  [
    { href: '/', label: '返回首页' },
    { href: '/policies', label: '查阅政策文件' },
  ],
)

/** Any first path segment that is no section renders the global not-found page (src/app/global-not-found.tsx). */
const NOT_FOUND_PAGE = '/hans/page-not-found'

/** 404 with the not-found page when `pathname` names an article that is not published; null otherwise. */
export async function missingPageAnswer(request: NextRequest, pathname: string): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  // Staff previewing a draft go through to the page, which Payload's access rules still guard.
  if (request.cookies.has('__prerender_bypass')) return null
  const document = documentAt(pathname)
  if (!document || (await isPublished(document.collection, document.field, document.value)) !== false) return null
  return ownPageAnswer(request, NOT_FOUND_PAGE, 404, FALLBACK)
}
