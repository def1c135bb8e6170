import { isFromTrustedProxy } from './client-ip'
import { contentSecurityPolicy, NONCE_PLACEHOLDER_PROBLEM, noncePlaceholder } from './security-headers.mjs'

/**
 * Sent by nginx (deploy/nginx/site.conf), which fills in the nonce itself. Honoured only when the
 * site is told it sits behind that proxy (CSP_NONCE_FROM_PROXY=1) with a secret placeholder
 * (CSP_NONCE_PLACEHOLDER), and only from a trusted proxy's address: a visitor who reached the
 * site directly would otherwise learn the secret.
 */
export const NONCE_PLACEHOLDER_REQUEST_HEADER = 'x-csp-nonce-placeholder'

function randomNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

function proxyPlaceholder(requestHeaders: Headers): string | null {
  if (process.env.CSP_NONCE_FROM_PROXY !== '1' || requestHeaders.get(NONCE_PLACEHOLDER_REQUEST_HEADER) !== '1') return null
  return isFromTrustedProxy(requestHeaders) ? noncePlaceholder() : null
}

/** In production, CSP_NONCE_FROM_PROXY=1 needs the secret placeholder: the problem, or null. */
export function noncePlaceholderProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.NODE_ENV === 'production' && env.CSP_NONCE_FROM_PROXY === '1' && !noncePlaceholder(env) ? NONCE_PLACEHOLDER_PROBLEM : null
}

/** The nonce and Content-Security-Policy for one public page request. */
export function pagePolicy(requestHeaders: Headers): { nonce: string; policy: string } {
  const nonce = proxyPlaceholder(requestHeaders) ?? randomNonce()
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
