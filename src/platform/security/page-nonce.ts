import { contentSecurityPolicy, NONCE_PLACEHOLDER } from './security-headers.mjs'

/**
 * Sent by nginx (deploy/nginx/site.conf), which fills in the nonce itself. Honoured only when the
 * site is told it sits behind that proxy (CSP_NONCE_FROM_PROXY=1): the placeholder is no secret.
 */
export const NONCE_PLACEHOLDER_REQUEST_HEADER = 'x-csp-nonce-placeholder'

function randomNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

function proxyFillsNonce(requestHeaders: Headers): boolean {
  return process.env.CSP_NONCE_FROM_PROXY === '1' && requestHeaders.get(NONCE_PLACEHOLDER_REQUEST_HEADER) === '1'
}

/** The nonce and Content-Security-Policy for one public page request. */
export function pagePolicy(requestHeaders: Headers): { nonce: string; policy: string } {
  const nonce = proxyFillsNonce(requestHeaders) ? NONCE_PLACEHOLDER : randomNonce()
  return { nonce, policy: contentSecurityPolicy(process.env.NODE_ENV, { scripts: 'nonce', nonce }) }
}

/**
 * The request as the page will see it: Next reads the nonce from this request header and puts it
 * on every script it writes.
 */
export function withPagePolicy(requestHeaders: Headers, policy: string): Headers {
  const headers = new Headers(requestHeaders)
  headers.set('content-security-policy', policy)
  headers.delete(NONCE_PLACEHOLDER_REQUEST_HEADER)
  return headers
}
