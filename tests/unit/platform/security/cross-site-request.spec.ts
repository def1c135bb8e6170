import { describe, expect, it } from 'vitest'
import { isCrossSiteRequest } from '@/platform/security/rules/cross-site-request'

const base = { method: 'POST', origin: null, secFetchSite: null, host: 'www.example.gov.cn', allowedOrigins: ['https://www.example.gov.cn'] }

describe('isCrossSiteRequest', () => {
  it('lets reads through whatever their origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) expect(isCrossSiteRequest({ ...base, method, origin: 'https://evil.example' })).toBe(false)
  })

  it('accepts our own origin, by SERVER_URL or by the Host the browser used', () => {
    expect(isCrossSiteRequest({ ...base, origin: 'https://www.example.gov.cn' })).toBe(false)
    expect(isCrossSiteRequest({ ...base, host: '127.0.0.1:3000', origin: 'https://www.example.gov.cn' })).toBe(false)
    expect(isCrossSiteRequest({ ...base, host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', allowedOrigins: [] })).toBe(false)
  })

  it('refuses Origin: null, foreign origins, look-alikes and garbage', () => {
    for (const origin of ['null', 'https://evil.example', 'https://www.example.gov.cn.evil.example', 'http://www.example.gov.cn:8080', 'not a url', '']) {
      expect({ origin, refused: isCrossSiteRequest({ ...base, origin }) }).toEqual({ origin, refused: true })
    }
    for (const method of ['PUT', 'PATCH', 'DELETE']) expect(isCrossSiteRequest({ ...base, method, origin: 'null' })).toBe(true)
  })

  it('without Origin, trusts non-browser clients unless Sec-Fetch-Site says cross-site', () => {
    expect(isCrossSiteRequest(base)).toBe(false)
    expect(isCrossSiteRequest({ ...base, secFetchSite: 'same-origin' })).toBe(false)
    expect(isCrossSiteRequest({ ...base, secFetchSite: 'none' })).toBe(false)
    expect(isCrossSiteRequest({ ...base, secFetchSite: 'cross-site' })).toBe(true)
    expect(isCrossSiteRequest({ ...base, secFetchSite: 'same-site' })).toBe(true)
  })
})
