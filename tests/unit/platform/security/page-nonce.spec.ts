import { afterEach, describe, expect, it, vi } from 'vitest'
import { NONCE_PLACEHOLDER_REQUEST_HEADER, pagePolicy, withPagePolicy } from '@/platform/security/page-nonce'
import { contentSecurityPolicy, fallbackContentSecurityPolicies, NONCE_PLACEHOLDER } from '@/platform/security/security-headers.mjs'

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

  it('is left for nginx to fill in only when the site is told it sits behind it', () => {
    const fromNginx = new Headers({ [NONCE_PLACEHOLDER_REQUEST_HEADER]: '1' })
    expect(pagePolicy(fromNginx).nonce).not.toBe(NONCE_PLACEHOLDER)
    vi.stubEnv('CSP_NONCE_FROM_PROXY', '1')
    expect(pagePolicy(fromNginx).nonce).toBe(NONCE_PLACEHOLDER)
    expect(pagePolicy(new Headers()).nonce).not.toBe(NONCE_PLACEHOLDER)
  })

  it('reaches the page as the request header Next reads, without the placeholder request', () => {
    const { policy } = pagePolicy(new Headers())
    const headers = withPagePolicy(new Headers({ [NONCE_PLACEHOLDER_REQUEST_HEADER]: '1', accept: 'text/html' }), policy)
    expect(headers.get('content-security-policy')).toBe(policy)
    expect(headers.has(NONCE_PLACEHOLDER_REQUEST_HEADER)).toBe(false)
    expect(headers.get('accept')).toBe('text/html')
  })
})
