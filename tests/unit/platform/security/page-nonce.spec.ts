import { afterEach, describe, expect, it, vi } from 'vitest'
import { NONCE_PLACEHOLDER_REQUEST_HEADER, noncePlaceholderProblem, pagePolicy, withPagePolicy } from '@/platform/security/page-nonce'
import { PEER_ADDRESS_HEADER } from '@/platform/security/client-ip'
import { contentSecurityPolicy, fallbackContentSecurityPolicies } from '@/platform/security/security-headers.mjs'

const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718'

const scriptSrc = (policy: string) => policy.split('; ').find((directive) => directive.startsWith('script-src'))

describe('Content-Security-Policy script sources', () => {
  it('lets public pages run only scripts carrying their nonce, and what those scripts load', () => {
    expect(scriptSrc(contentSecurityPolicy('production', { scripts: 'nonce', nonce: 'AAAAAAAAAAAAAAAAAAAAAA==' }))).toBe(
      "script-src 'self' 'nonce-AAAAAAAAAAAAAAAAAAAAAA==' 'strict-dynamic'",
    )
  })

  it("keeps 'unsafe-inline' for Payload's admin only, and no inline script anywhere else", () => {
    const [everywhere, admin] = fallbackContentSecurityPolicies('production')
    expect(scriptSrc(everywhere.headers[0].value)).toBe("script-src 'self'")
    expect(admin.source).toBe('/admin/:path*')
    expect(scriptSrc(admin.headers[0].value)).toBe("script-src 'self' 'unsafe-inline'")
  })

  it('refuses a nonce that is short or could break out of the header', () => {
    for (const nonce of ['', 'short', "abcdefghijklmnopqrst' 'unsafe-inline", 'abcdefghijklmnop;script-src *']) {
      expect(() => contentSecurityPolicy('production', { scripts: 'nonce', nonce })).toThrow()
    }
  })
})

describe('the nonce of a public page request', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('is random, 16 bytes, and new on every request', () => {
    const nonces = Array.from({ length: 50 }, () => pagePolicy(new Headers()).nonce)
    expect(new Set(nonces).size).toBe(50)
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
  })

  it('is left for nginx to fill in only when the site is told it sits behind it, with a secret, and asked by it', () => {
    const fromNginx = new Headers({ [NONCE_PLACEHOLDER_REQUEST_HEADER]: '1', [PEER_ADDRESS_HEADER]: '127.0.0.1' })
    vi.stubEnv('CSP_NONCE_PLACEHOLDER', SECRET)
    expect(pagePolicy(fromNginx).nonce).not.toBe(SECRET)
    vi.stubEnv('CSP_NONCE_FROM_PROXY', '1')
    expect(pagePolicy(fromNginx).nonce).toBe(SECRET)
    expect(pagePolicy(new Headers()).nonce).not.toBe(SECRET)
    // Asked by a visitor who reached the site directly: the secret is not shown.
    expect(pagePolicy(new Headers({ [NONCE_PLACEHOLDER_REQUEST_HEADER]: '1', [PEER_ADDRESS_HEADER]: '203.0.113.5' })).nonce).not.toBe(SECRET)
    // A weak or missing secret: every page gets its own random nonce instead.
    vi.stubEnv('CSP_NONCE_PLACEHOLDER', 'cdjswCspNoncePlaceholder')
    expect(pagePolicy(fromNginx).nonce).not.toBe('cdjswCspNoncePlaceholder')
  })

  it('must be set in production behind nginx', () => {
    expect(noncePlaceholderProblem({ NODE_ENV: 'production', CSP_NONCE_FROM_PROXY: '1' })).toMatch(/CSP_NONCE_PLACEHOLDER/)
    expect(noncePlaceholderProblem({ NODE_ENV: 'production', CSP_NONCE_FROM_PROXY: '1', CSP_NONCE_PLACEHOLDER: SECRET })).toBeNull()
    expect(noncePlaceholderProblem({ NODE_ENV: 'production' })).toBeNull()
  })

  it('reaches the page as the request header Next reads, without the placeholder request', () => {
    const { policy } = pagePolicy(new Headers())
    const headers = withPagePolicy(new Headers({ [NONCE_PLACEHOLDER_REQUEST_HEADER]: '1', accept: 'text/html' }), policy)
    expect(headers.get('content-security-policy')).toBe(policy)
    expect(headers.has(NONCE_PLACEHOLDER_REQUEST_HEADER)).toBe(false)
    expect(headers.get('accept')).toBe('text/html')
  })
})
