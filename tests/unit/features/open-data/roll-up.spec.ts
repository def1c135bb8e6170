import { describe, expect, it } from 'vitest'
import { EMPTY_COUNTS, addCounts, rollUpCells, type MessageCounts } from '@/features/open-data/rules'

const counts = (received: number, replied = 0, workingDaysTotal = 0): MessageCounts => ({ ...EMPTY_COUNTS, received, replied, workingDaysTotal, timedReplies: replied })

describe('rolling up month × kind × department cells', () => {
  const cells = [
    { month: '2026-02', kind: 'consultation', departmentId: 1, counts: counts(3, 2, 5) },
    { month: '2026-02', kind: 'complaint', departmentId: null, counts: counts(1) },
    { month: '2026-03', kind: 'consultation', departmentId: 2, counts: counts(4, 1, 7) },
    { month: '2026-03', kind: 'consultation', departmentId: 1, counts: counts(2, 2, 2) },
  ]

  it('sums every count field by field', () => {
    expect(addCounts(counts(1, 1, 3), counts(2, 1, 4))).toEqual(counts(3, 2, 7))
    expect(addCounts(EMPTY_COUNTS, EMPTY_COUNTS)).toEqual(EMPTY_COUNTS)
  })

  it('gives the total and each grouping, departments by id with none kept apart', () => {
    const rolled = rollUpCells(cells)
    expect(rolled.total).toEqual(counts(10, 5, 14))
    expect(rolled.byMonth).toEqual([
      { month: '2026-02', counts: counts(4, 2, 5) },
      { month: '2026-03', counts: counts(6, 3, 9) },
    ])
    expect(rolled.byKind).toEqual([
      { kind: 'consultation', counts: counts(9, 5, 14) },
      { kind: 'complaint', counts: counts(1) },
    ])
    expect(rolled.byDepartment).toEqual([
      { departmentId: 1, counts: counts(5, 4, 7) },
      { departmentId: null, counts: counts(1) },
      { departmentId: 2, counts: counts(4, 1, 7) },
    ])
  })

  it('has zero totals and no groups when nothing was counted', () => {
    expect(rollUpCells([])).toEqual({ total: EMPTY_COUNTS, byMonth: [], byKind: [], byDepartment: [] })
  })
})
