import { describe, expect, it } from 'vitest'
import { dateOrNull, isPastCutoff, periodMonths, retentionCutoff } from '@/platform/retention/rules/retention-period'

describe('retention cut-off', () => {
  it('goes back whole calendar months, clamped to the end of shorter months', () => {
    expect(retentionCutoff(new Date('2026-11-29T04:00:00Z'), 36).toISOString()).toBe('2023-11-29T04:00:00.000Z')
    expect(retentionCutoff(new Date('2026-05-31T10:00:00Z'), 3).toISOString()).toBe('2026-02-28T10:00:00.000Z')
    expect(retentionCutoff(new Date('2026-03-31T00:00:00Z'), 13).toISOString()).toBe('2025-02-28T00:00:00.000Z')
  })

  it('refuses a period that is not a positive whole number of months', () => {
    expect(() => retentionCutoff(new Date(), 0)).toThrow()
    expect(() => retentionCutoff(new Date(), 1.5)).toThrow()
  })
})

describe('what is past the cut-off', () => {
  const cutoff = new Date('2026-06-01T00:00:00Z')

  it('is what was closed strictly before it; never what is not closed or has no readable date', () => {
    expect(isPastCutoff(new Date('2026-05-31T23:59:59Z'), cutoff)).toBe(true)
    expect(isPastCutoff(cutoff, cutoff)).toBe(false)
    expect(isPastCutoff(new Date('2026-07-01T00:00:00Z'), cutoff)).toBe(false)
    expect(isPastCutoff(null, cutoff)).toBe(false)
    expect(isPastCutoff(dateOrNull('not a date'), cutoff)).toBe(false)
    expect(dateOrNull(undefined)).toBeNull()
  })
})

describe('the period an administrator set', () => {
  const period = { defaultMonths: 6, minMonths: 1, maxMonths: 36 }

  it('is used when it is a whole number of months, the default otherwise', () => {
    expect(periodMonths(12, period)).toBe(12)
    for (const stored of [undefined, null, 0, -3, 2.5, '12']) expect(periodMonths(stored, period)).toBe(6)
  })
})
