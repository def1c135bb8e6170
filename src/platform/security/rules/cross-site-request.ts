/**
 * Whether a request that changes something comes from another site (cross-site request forgery).
 * Browsers send `Origin` with every POST; `Origin: null` (sandboxed frames, data: pages, some
 * redirects) and any origin other than ours are refused. A request without `Origin` comes from a
 * non-browser client (scripts with an API key) unless `Sec-Fetch-Site` says it is cross-site.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type RequestOrigin = {
  method: string
  origin: string | null
  secFetchSite: string | null
  /** The Host header the browser sent (the address the visitor used). */
  host: string | null
  /** Our public origins, e.g. SERVER_URL's. */
  allowedOrigins: string[]
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

export function isCrossSiteRequest({ method, origin, secFetchSite, host, allowedOrigins }: RequestOrigin): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false
  if (origin === null) return secFetchSite === 'cross-site' || secFetchSite === 'same-site'
  const parsed = originOf(origin)
  if (!parsed || parsed === 'null') return true
  if (allowedOrigins.some((allowed) => originOf(allowed) === parsed)) return false
  return !host || new URL(parsed).host !== host.toLowerCase()
}

export const CROSS_SITE_MESSAGE = '为保护您的信息安全，本站不接受从其他网站发来的提交。请打开本站页面后重新提交。'
