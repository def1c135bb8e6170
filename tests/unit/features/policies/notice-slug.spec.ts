import { describe, expect, it } from 'vitest'
import { noticeSlug, SLUG_PATTERN } from '@/features/policies/rules/notice-slug'

describe('notice slugs', () => {
  it('reads like the document number, in ASCII', () => {
    expect(noticeSlug({ documentNumber: '成办发〔2004〕5号', year: 2004, sequence: 3 })).toBe('chengbanfa-2004-5')
    expect(noticeSlug({ documentNumber: '川办函〔2003〕160号', year: 2003, sequence: 1 })).toBe('chuanbanhan-2003-160')
  })

  it('falls back to year and sequence without a number', () => {
    expect(noticeSlug({ documentNumber: null, year: 2026, sequence: 12 })).toBe('notice-2026-00012')
    expect(noticeSlug({ documentNumber: '没有格式', year: 2026, sequence: 7 })).toBe('notice-2026-00007')
  })

  it('always matches the slug pattern', () => {
    expect(SLUG_PATTERN.test('chengbanfa-2004-5')).toBe(true)
    expect(SLUG_PATTERN.test('Bad slug')).toBe(false)
    expect(SLUG_PATTERN.test('../etc')).toBe(false)
  })
})
