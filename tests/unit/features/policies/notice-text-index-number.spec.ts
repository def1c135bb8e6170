import { describe, expect, it } from 'vitest'
import { formatIndexNumber } from '@/features/policies/rules/notice-text'

const values = { authorityCode: '00815012-X', year: 2004, topicCode: '07', sequence: 5 }

describe('formatIndexNumber', () => {
  it('fills the tokens of the pattern', () => {
    expect(formatIndexNumber('{authority}/{year}-{seq:5}', values)).toBe('00815012-X/2004-00005')
    expect(formatIndexNumber('{authority}/{topic}/{year}-{seq:3}', values)).toBe(
      '00815012-X/07/2004-005',
    )
    expect(formatIndexNumber('{year}{seq}', values)).toBe('20045')
  })

  it('does not cut a sequence longer than the padding', () => {
    expect(formatIndexNumber('{seq:2}', { ...values, sequence: 12345 })).toBe('12345')
  })

  it('refuses unknown tokens, a missing topic and a bad sequence', () => {
    expect(() => formatIndexNumber('{authority}-{month}', values)).toThrow('{month}')
    expect(() => formatIndexNumber('{topic}', { ...values, topicCode: undefined })).toThrow()
    expect(() => formatIndexNumber('{seq}', { ...values, sequence: -1 })).toThrow()
    expect(() => formatIndexNumber('{seq}', { ...values, sequence: 1.5 })).toThrow()
  })
})
