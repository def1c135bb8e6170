import { describe, expect, it } from 'vitest'
import {
  EMPTY_COUNTS,
  NO_DEPARTMENT,
  assembleFigures,
  average,
  countsFrom,
  figuresOf,
  formatAverage,
  formatPercent,
  monthLabel,
  monthsEnding,
  percent,
  shanghaiMonth,
} from '@/features/open-data/rules'

describe('rates and averages', () => {
  it('gives a percentage with one decimal, rounded half up', () => {
    expect(percent(2, 3)).toBe(66.7)
    expect(percent(1, 3)).toBe(33.3)
    expect(percent(1, 8)).toBe(12.5)
    expect(percent(1, 16)).toBe(6.3) // 6.25 → 6.3
    expect(percent(7, 7)).toBe(100)
    expect(percent(0, 5)).toBe(0)
  })

  it('has no rate and no average when there is nothing to divide by', () => {
    expect(percent(0, 0)).toBeNull()
    expect(average(0, 0)).toBeNull()
    expect(formatPercent(null)).toBe('—')
    expect(formatAverage(null)).toBe('—')
  })

  it('averages working days to one decimal', () => {
    expect(average(13, 3)).toBe(4.3)
    expect(average(9, 2)).toBe(4.5)
    expect(average(20, 4)).toBe(5)
    expect(formatAverage(5)).toBe('5.0')
    expect(formatPercent(66.7)).toBe('66.7%')
    expect(formatPercent(100)).toBe('100.0%')
  })

  it('reads counts as either database driver returns them', () => {
    // PostgreSQL returns count(*) and sum() as strings, and sum() of no rows as null.
    const counts = countsFrom({ received: '12', accepted: 10, replied: '8', repliedOnTime: null, rated: undefined, satisfied: 'x' })
    expect(counts).toEqual({ ...EMPTY_COUNTS, received: 12, accepted: 10, replied: 8 })
  })

  it('derives the published figures from the counts', () => {
    const figures = figuresOf({ ...EMPTY_COUNTS, received: 10, accepted: 8, replied: 4, repliedOnTime: 3, workingDaysTotal: 20, timedReplies: 4, rated: 3, satisfied: 2 })
    expect(figures).toMatchObject({ received: 10, accepted: 8, replied: 4, onTimeRate: 75, averageWorkingDays: 5, rated: 3, satisfied: 2, satisfactionRate: 66.7 })
    expect(figures).not.toHaveProperty('workingDaysTotal')
  })
})

describe('months', () => {
  it('names the month in Shanghai, whatever the server time zone', () => {
    expect(shanghaiMonth(new Date('2026-03-31T15:59:59Z'))).toBe('2026-03')
    expect(shanghaiMonth(new Date('2026-03-31T16:00:00Z'))).toBe('2026-04')
    expect(() => shanghaiMonth(new Date('nonsense'))).toThrow(RangeError)
  })

  it('lists the months of a period across a new year', () => {
    expect(monthsEnding('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsEnding('2026-12', 1)).toEqual(['2026-12'])
    expect(monthsEnding('2026-03', 12)).toHaveLength(12)
    expect(monthsEnding('2026-03', 12)[0]).toBe('2025-04')
    expect(() => monthsEnding('2026-13', 2)).toThrow(RangeError)
    expect(() => monthsEnding('2026-01', 0)).toThrow(RangeError)
  })

  it('labels months in Chinese', () => {
    expect(monthLabel('2026-03')).toBe('2026年3月')
    expect(monthLabel('2026-11', 'short')).toBe('11月')
  })
})

describe('assembling the grouped rows', () => {
  const some = (received: number) => ({ ...EMPTY_COUNTS, received })
  const figures = assembleFigures(
    { to: '2026-03', months: 3, generatedAt: new Date('2026-03-20T04:00:00Z') },
    {
      total: some(9),
      byMonth: [{ month: '2026-03', counts: some(5) }, { month: '2026-01', counts: some(4) }],
      byKind: [{ kind: 'report', counts: some(9) }],
      byDepartment: [
        { department: null, counts: some(6) },
        { department: '妇幼健康处', counts: some(1) },
        { department: '生育服务处', counts: some(2) },
      ],
    },
  )

  it('shows every month of the period, zeros where nothing arrived', () => {
    expect(figures.months.map((m) => [m.month, m.received, m.onTimeRate])).toEqual([
      ['2026-01', 4, null],
      ['2026-02', 0, null],
      ['2026-03', 5, null],
    ])
    expect([figures.from, figures.to, figures.generatedAt]).toEqual(['2026-01', '2026-03', '2026-03-20T04:00:00.000Z'])
  })

  it('shows every kind in the order of the form, with its label', () => {
    expect(figures.kinds.map((k) => [k.label, k.received])).toEqual([['咨询', 0], ['建议', 0], ['投诉', 0], ['表扬', 0], ['举报', 9]])
  })

  it('orders departments by messages received, unassigned last', () => {
    expect(figures.departments.map((d) => [d.department, d.received])).toEqual([['生育服务处', 2], ['妇幼健康处', 1], [NO_DEPARTMENT, 6]])
  })
})
