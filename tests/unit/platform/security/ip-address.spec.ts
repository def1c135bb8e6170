import { describe, expect, it } from 'vitest'
import { forwardedClient, isInRanges, limitKeyOf, parseAddressRanges, parseIpAddress } from '@/platform/security/rules/ip-address'

describe('parseIpAddress', () => {
  it('reads IPv4 and IPv6 in one canonical spelling', () => {
    expect(parseIpAddress(' 203.0.113.7 ')).toBe('203.0.113.7')
    expect(parseIpAddress('203.0.113.7:51234')).toBe('203.0.113.7')
    expect(parseIpAddress('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1')
    expect(parseIpAddress('[2001:db8::1]:443')).toBe('2001:db8::1')
    expect(parseIpAddress('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(parseIpAddress('::1')).toBe('::1')
    expect(parseIpAddress('::')).toBe('::')
    expect(parseIpAddress('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1')
    expect(parseIpAddress('fe80::1:2:3:4')).toBe('fe80::1:2:3:4')
    expect(parseIpAddress('1:2:3:4:5:6:7:8')).toBe('1:2:3:4:5:6:7:8')
    expect(parseIpAddress('::192.0.2.1')).toBe('::c000:201')
  })

  it('refuses everything else', () => {
    for (const text of ['=HYPERLINK("http://evil.example"', 'unknown', '', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.4 5.6.7.8', '::1::', '1:2:3:4:5:6:7:8:9', 'fe80::1%eth0', 'g::1', '1:2:3:4:5:6:7::8:9', "1.1.1.1' OR 1=1", 'x'.repeat(100), '[::1', '2001:db8::1:443']) {
      expect({ text, parsed: parseIpAddress(text) }).toEqual({ text, parsed: text === '2001:db8::1:443' ? '2001:db8::1:443' : null })
    }
  })
})

describe('limitKeyOf', () => {
  it('groups IPv6 by /64 and keeps IPv4 whole', () => {
    expect(limitKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(limitKeyOf('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64')
    expect(limitKeyOf('203.0.113.7')).toBe('203.0.113.7')
  })
})

describe('trusted proxies', () => {
  const trusted = parseAddressRanges('loopback, 10.0.0.0/8 2001:db8:ffff::/48')

  it('reads ranges and the word loopback, and refuses typos', () => {
    expect(isInRanges('127.0.0.1', trusted)).toBe(true)
    expect(isInRanges('127.8.9.10', trusted)).toBe(true)
    expect(isInRanges('::1', trusted)).toBe(true)
    expect(isInRanges('::ffff:127.0.0.1', trusted)).toBe(true)
    expect(isInRanges('10.20.30.40', trusted)).toBe(true)
    expect(isInRanges('2001:db8:ffff:1::1', trusted)).toBe(true)
    expect(isInRanges('11.0.0.1', trusted)).toBe(false)
    expect(isInRanges('2001:db8:fffe::1', trusted)).toBe(false)
    for (const bad of ['10.0.0.0/33', 'localhost', '10.0.0/8', '1.2.3.4/x']) expect(() => parseAddressRanges(bad)).toThrow(/TRUSTED_PROXIES/)
  })

  it('takes the right-most address that is no trusted proxy, and nothing after garbage', () => {
    expect(forwardedClient('198.51.100.1', trusted)).toBe('198.51.100.1')
    expect(forwardedClient('6.6.6.6, 198.51.100.1, 10.0.0.5', trusted)).toBe('198.51.100.1')
    expect(forwardedClient('198.51.100.1, =HYPERLINK("x"', trusted)).toBeNull()
    expect(forwardedClient('127.0.0.1', trusted)).toBeNull()
  })
})
