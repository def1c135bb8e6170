import { afterEach, describe, expect, it, vi } from 'vitest'
import { clientIpOf, clientLimitKeyOf, PEER_ADDRESS_HEADER, proxySettingsProblem } from '@/platform/security/client-ip'

const from = (peer: string, forwarded?: string) => new Headers({ [PEER_ADDRESS_HEADER]: peer, ...(forwarded ? { 'x-forwarded-for': forwarded } : {}) })

afterEach(() => vi.unstubAllEnvs())

describe('clientIpOf', () => {
  it('believes X-Forwarded-For from a loopback proxy by default', () => {
    expect(clientIpOf(from('127.0.0.1', '198.51.100.7'))).toBe('198.51.100.7')
    expect(clientIpOf(from('::ffff:127.0.0.1', '6.6.6.6, 198.51.100.7'))).toBe('198.51.100.7')
    expect(clientIpOf(from('::1'))).toBe('::1')
  })

  it('ignores it from any other peer, whatever it says', () => {
    for (let n = 0; n < 20; n++) expect(clientIpOf(from('203.0.113.9', `10.0.0.${n}`))).toBe('203.0.113.9')
  })

  it('never returns garbage', () => {
    expect(clientIpOf(from('127.0.0.1', '=HYPERLINK("http://evil.example"'))).toBe('127.0.0.1')
    expect(clientIpOf(new Headers({ 'x-forwarded-for': '198.51.100.7' }))).toBe('unknown')
    expect(clientIpOf(from('=HYPERLINK('))).toBe('unknown')
  })

  it('uses TRUSTED_PROXIES when set', () => {
    vi.stubEnv('TRUSTED_PROXIES', '10.1.0.0/16')
    expect(clientIpOf(from('10.1.2.3', '198.51.100.7'))).toBe('198.51.100.7')
    expect(clientIpOf(from('127.0.0.1', '198.51.100.7'))).toBe('127.0.0.1')
  })

  it('limits IPv6 visitors per /64', () => {
    expect(clientLimitKeyOf(from('2001:db8:5:6:1::9'))).toBe('2001:db8:5:6::/64')
    expect(clientLimitKeyOf(from('127.0.0.1', '2001:db8:5:6:ffff::1'))).toBe('2001:db8:5:6::/64')
  })
})

describe('proxySettingsProblem', () => {
  it('refuses production behind a proxy without TRUSTED_PROXIES, and typos anywhere', () => {
    expect(proxySettingsProblem({ NODE_ENV: 'production', TRUST_PROXY_HEADER: 'x-forwarded-for' })).toMatch(/TRUSTED_PROXIES must be set/)
    expect(proxySettingsProblem({ NODE_ENV: 'production', CSP_NONCE_FROM_PROXY: '1' })).toMatch(/TRUSTED_PROXIES must be set/)
    expect(proxySettingsProblem({ NODE_ENV: 'production', TRUST_PROXY_HEADER: 'x-forwarded-for', TRUSTED_PROXIES: 'loopback' })).toBeNull()
    expect(proxySettingsProblem({ NODE_ENV: 'production' })).toBeNull()
    expect(proxySettingsProblem({ NODE_ENV: 'development', TRUST_PROXY_HEADER: 'x-forwarded-for' })).toBeNull()
    expect(proxySettingsProblem({ NODE_ENV: 'test', TRUSTED_PROXIES: '10.0.0.0/99' })).toMatch(/not an address/)
  })
})
