import { NextResponse, type NextRequest } from 'next/server'
import { CROSS_SITE_MESSAGE } from '@/platform/security/rules/cross-site-request'
import { isCrossSite } from '@/platform/security/cross-site'
import { SCRIPT_COOKIE } from '@/platform/site-shell/chinese-script'
import { SITE_PATH_HEADER } from '@/platform/site-shell/current-path'
import { databaseOutage } from '@/platform/database/database-health'
import { missingPageAnswer } from '@/platform/errors/missing-page'
import { pagePolicy, withPagePolicy } from '@/platform/security/page-nonce'
import type { LimitName } from '@/platform/security/rate-limits'
import { consumeRequestLimits, requestLimitsWait } from '@/platform/security/request-limits'
import { badAddressPage, crossSitePage, serviceUnavailablePage, tooLargePage, tooManyRequestsPage } from '@/platform/errors/refusal-pages'
import { retiredAnswer } from '@/platform/publishing/withdrawal/retired-answer'

/**
 * Form posts residents make, and the limits that apply to them (rate limiting, not access
 * control). A message is counted by the form's action once it is well-formed (empty or broken
 * posts must not use up an address's allowance, nor everyone's): here it is only refused when its
 * allowance is used up already. Every tracking look-up counts, per address and site-wide.
 */
const LIMITED_POSTS: Record<string, { checked: LimitName[]; counted: LimitName[] }> = {
  '/feedback/new': { checked: ['submit', 'submitSiteWide'], counted: [] },
  '/feedback/track': { checked: [], counted: ['track', 'trackSiteWide'] },
  '/subscriptions': { checked: ['subscribe', 'subscribeSiteWide'], counted: [] },
  '/site-errors': { checked: ['errorReport', 'errorReportSiteWide'], counted: [] },
  '/open-government/apply': { checked: ['submit', 'submitSiteWide'], counted: [] },
  '/open-government/apply/track': { checked: [], counted: ['track', 'trackSiteWide'] },
}

async function retryAfter(request: NextRequest, path: string): Promise<number> {
  const limits = request.method === 'POST' ? LIMITED_POSTS[path] : undefined
  if (!limits) return 0
  return (await requestLimitsWait(limits.checked, request.headers)) || (await consumeRequestLimits(limits.counted, request.headers))
}

// Matches serverActions.bodySizeLimit in next.config.mjs: bigger posts get a page, not an error.
const MAX_FORM_BYTES = 16 * 1024 * 1024

const htmlHeaders = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }

/**
 * Forms and server actions posted from another site are refused before anything runs (Next itself
 * lets `Origin: null` through). Payload's API and admin are not routed through here: Payload ignores
 * the staff cookie on requests whose Origin is not in its `csrf` list (SERVER_URL).
 */
function crossSiteRefusal(request: NextRequest): NextResponse | null {
  if (!isCrossSite(request)) return null
  return new NextResponse(crossSitePage(CROSS_SITE_MESSAGE), { status: 403, headers: htmlHeaders })
}

/** An address whose %-escapes are not UTF-8 (`/policies/%80`) would make Next answer 500. */
function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

const SCRIPT_PREFIXED = /^\/(hans|hant)(\/|$)/

/**
 * Marks the proxy's own rewrites with a random value known only to this server process, so a
 * visitor cannot send it to skip the limits.
 */
const OWN_REWRITE_HEADER = 'x-site-rewrite'
const OWN_REWRITE_KEY = Symbol.for('site.ownRewriteMark')

function ownRewriteMark(): string {
  const global = globalThis as unknown as Record<symbol, string>
  global[OWN_REWRITE_KEY] ??= crypto.randomUUID()
  return global[OWN_REWRITE_KEY]
}

const isOwnRewrite = (headers: Headers) => headers.get(OWN_REWRITE_HEADER) === ownRewriteMark()

/**
 * Serves each public page in Simplified or Traditional characters according to the reader's
 * cookie (a rewrite to /hans/… or /hant/…), after the checks below. Access rules live in Payload.
 */
export async function proxy(request: NextRequest) {
  const outage = databaseOutage()
  if (outage) {
    return new NextResponse(request.method === 'HEAD' ? null : serviceUnavailablePage(outage.retryAfter), {
      status: 503,
      headers: { ...htmlHeaders, 'Retry-After': String(outage.retryAfter) },
    })
  }
  if (isMalformedPath(request.nextUrl.pathname)) {
    return new NextResponse(badAddressPage(), { status: 400, headers: htmlHeaders })
  }
  const refused = crossSiteRefusal(request)
  if (refused) return refused
  // The rewrite below produces an address with its script prefix, and the proxy sees that request
  // again: it carries this process's mark and has been checked already. A prefixed address typed
  // or posted directly has no mark and goes through the same limits.
  const prefixed = SCRIPT_PREFIXED.exec(request.nextUrl.pathname)
  if (prefixed && isOwnRewrite(request.headers)) return keepingPolicy(request)
  const path = prefixed ? request.nextUrl.pathname.slice(prefixed[1].length + 1) || '/' : request.nextUrl.pathname
  const declaredSize = Number(request.headers.get('content-length') ?? 0)
  if (request.method === 'POST' && LIMITED_POSTS[path] && declaredSize > MAX_FORM_BYTES) {
    return new NextResponse(tooLargePage(MAX_FORM_BYTES / 1024 / 1024), { status: 413, headers: htmlHeaders })
  }
  const wait = await retryAfter(request, path)
  if (wait > 0) {
    return new NextResponse(tooManyRequestsPage(wait), {
      status: 429,
      headers: { ...htmlHeaders, 'Retry-After': String(wait) },
    })
  }
  const script = request.cookies.get(SCRIPT_COOKIE)?.value === 'hant' ? 'hant' : 'hans'
  const answered = (prefixed ? null : await retiredAnswer(request, script)) ?? (await missingPageAnswer(request, path))
  if (answered) return answered
  if (prefixed) return withNonce(request, path, (headers) => NextResponse.next({ request: { headers } }))
  const url = request.nextUrl.clone()
  url.pathname = `/${script}${url.pathname === '/' ? '' : url.pathname}`
  return withNonce(request, path, (headers) => {
    headers.set(OWN_REWRITE_HEADER, ownRewriteMark())
    return NextResponse.rewrite(url, { request: { headers } })
  })
}

/** The second pass of the proxy's own rewrite: the page keeps the policy (and nonce) of the first. */
function keepingPolicy(request: NextRequest): NextResponse {
  const response = NextResponse.next()
  const policy = request.headers.get('content-security-policy')
  if (policy) response.headers.set('Content-Security-Policy', policy)
  return response
}

/**
 * Every public page gets a fresh nonce: Next puts it on the scripts it writes, and the policy
 * allows no other inline script. Pages render per request for this (the layout asks for the
 * connection); nginx's micro-cache keeps them fast (src/platform/security/page-nonce.ts).
 */
function withNonce(request: NextRequest, path: string, answer: (headers: Headers) => NextResponse): NextResponse {
  const { policy } = pagePolicy(request.headers)
  const headers = withPagePolicy(request.headers, policy)
  // The address as the reader sees it (no script prefix), for the navigation's current mark.
  headers.set(SITE_PATH_HEADER, encodeURI(path))
  const response = answer(headers)
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  matcher: [
    '/((?!admin|api|_next|preview|reader-settings|feedback-challenge|feedback-receipt|reader\\.css|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.[a-z0-9]+$).*)',
  ],
}
