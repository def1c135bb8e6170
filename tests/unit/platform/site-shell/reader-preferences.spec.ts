import { describe, expect, it } from 'vitest'
import { parseReaderChange, readerCookies, returnPath } from '@/platform/site-shell/reader-preferences'

describe('reader preferences', () => {
  it('accepts only the known settings', () => {
    expect(parseReaderChange(new URLSearchParams('script=hant&elder=on'))).toEqual({ script: 'hant', elder: true })
    expect(parseReaderChange(new URLSearchParams('script=latin&elder=maybe'))).toEqual({})
    expect(readerCookies({ elder: false })).toEqual([
      expect.objectContaining({ name: 'elder-mode', value: 'off' }),
    ])
  })

  it('returns to the same page on this site, without the script prefix', () => {
    expect(returnPath(null, 'http://site.test/hant/policies?page=2', 'site.test')).toBe('/policies?page=2')
    expect(returnPath('/stations', 'http://site.test/', 'site.test')).toBe('/stations')
    expect(returnPath(null, 'http://site.test/hans', 'site.test')).toBe('/')
  })

  it('never sends the reader to another site', () => {
    expect(returnPath('https://evil.test/x', null, 'site.test')).toBe('/')
    expect(returnPath('//evil.test/x', 'http://evil.test/y', 'site.test')).toBe('/')
    expect(returnPath('javascript:alert(1)', null, 'site.test')).toBe('/')
    expect(returnPath(null, null, 'site.test')).toBe('/')
  })
})
