import { isCrossSiteRequest } from './rules/cross-site-request'
import { acceptedOrigins } from '@/platform/site-shell/server-url'

/** True when a request was sent from another site's page (the rule in rules/cross-site-request). */
export function isCrossSite(request: { method: string; headers: Headers }): boolean {
  return isCrossSiteRequest({
    method: request.method,
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
    host: request.headers.get('host'),
    allowedOrigins: acceptedOrigins(),
  })
}
