import { describe, expect, it } from 'vitest'
import {
  beijingDay,
  checkReviewDates,
  defaultNextReviewDue,
  isReviewDue,
  overdueBefore,
  reminderAlreadySent,
} from '@/features/health/rules/health-review'

describe('health page review dates (Beijing calendar days)', () => {
  it('reads instants as Beijing days', () => {
    expect(beijingDay('2026-03-01T15:59:59Z')).toBe('2026-03-01')
    expect(beijingDay('2026-03-01T16:00:00Z')).toBe('2026-03-02')
  })

  it('is not due on the due day itself, and due from the next Beijing day', () => {
    const due = '2026-03-01T04:00:00.000Z' // noon, 1 March, Beijing
    expect(isReviewDue(due, new Date('2026-02-28T16:00:00Z'))).toBe(false) // 00:00 1 March Beijing
    expect(isReviewDue(due, new Date('2026-03-01T15:59:59Z'))).toBe(false) // 23:59:59 1 March Beijing
    expect(isReviewDue(due, new Date('2026-03-01T16:00:00Z'))).toBe(true) // 00:00 2 March Beijing
    expect(isReviewDue(null, new Date())).toBe(false)
  })

  it('uses the Beijing day, not the UTC day, of a due date stored at midnight Beijing time', () => {
    const due = '2026-02-28T16:00:00.000Z' // 00:00, 1 March, Beijing; still 28 February in UTC
    expect(isReviewDue(due, new Date('2026-03-01T10:00:00Z'))).toBe(false)
    expect(isReviewDue(due, new Date('2026-03-01T16:30:00Z'))).toBe(true)
  })

  it('gives the query bound: the start of today in Beijing', () => {
    expect(overdueBefore(new Date('2026-03-02T01:00:00Z')).toISOString()).toBe('2026-03-01T16:00:00.000Z')
    expect(overdueBefore(new Date('2026-03-01T20:00:00Z')).toISOString()).toBe('2026-03-01T16:00:00.000Z')
    const due = new Date('2026-03-01T04:00:00Z')
    for (const now of ['2026-03-01T12:00:00Z', '2026-03-01T16:00:00Z', '2026-03-05T00:00:00Z']) {
      expect(due < overdueBefore(new Date(now))).toBe(isReviewDue(due, new Date(now)))
    }
  })

  it('defaults the next review to twelve months after the last, on the same Beijing day', () => {
    const next = defaultNextReviewDue('2025-06-15T04:00:00Z')
    expect(beijingDay(next)).toBe('2026-06-15')
    expect(next.toISOString()).toBe('2026-06-15T04:00:00.000Z')
    // 00:30 on 15 June in Beijing is still 14 June in UTC
    expect(beijingDay(defaultNextReviewDue('2025-06-14T16:30:00Z'))).toBe('2026-06-15')
  })

  it('keeps the last day of a short month and handles leap days', () => {
    expect(beijingDay(defaultNextReviewDue('2024-02-29T04:00:00Z'))).toBe('2025-02-28')
    expect(beijingDay(defaultNextReviewDue('2026-01-31T04:00:00Z', 1))).toBe('2026-02-28')
    expect(beijingDay(defaultNextReviewDue('2026-11-30T04:00:00Z', 3))).toBe('2027-02-28')
  })

  it('requires the next review to be on a later day than the last one', () => {
    expect(checkReviewDates('2026-01-10T04:00:00Z', '2027-01-10T04:00:00Z')).toBeNull()
    expect(checkReviewDates('2026-01-10T04:00:00Z', '2026-01-10T10:00:00Z')).toMatch(/必须晚于/)
    expect(checkReviewDates('2026-01-10T04:00:00Z', '2025-12-31T04:00:00Z')).toMatch(/必须晚于/)
    expect(checkReviewDates(null, '2025-12-31T04:00:00Z')).toBeNull()
  })

  it('knows whether the reminder for the current due date went out', () => {
    expect(reminderAlreadySent('2026-03-01T04:00:00Z', null)).toBe(false)
    expect(reminderAlreadySent('2026-03-01T04:00:00Z', '2026-03-01T04:00:00Z')).toBe(true)
    expect(reminderAlreadySent('2027-03-01T04:00:00Z', '2026-03-01T04:00:00Z')).toBe(false)
  })
})
