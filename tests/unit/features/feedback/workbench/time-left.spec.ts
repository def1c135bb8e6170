import { describe, expect, it } from 'vitest'
import { endOfShanghaiDay } from '@/features/feedback/rules/handling'
import { timeLeftText, workingDaysLeft } from '@/features/feedback/rules/workbench'

const due = endOfShanghaiDay('2026-10-08')

describe('working days left', () => {
  it('skips the National Day holiday and counts 0 on the deadline day', () => {
    expect(workingDaysLeft(due, new Date('2026-09-29T09:00:00+08:00'))).toBe(2)
    expect(workingDaysLeft(due, new Date('2026-09-30T23:00:00+08:00'))).toBe(1)
    expect(workingDaysLeft(due, new Date('2026-10-03T12:00:00+08:00'))).toBe(1)
    expect(workingDaysLeft(due, new Date('2026-10-08T18:00:00+08:00'))).toBe(0)
  })

  it('is negative once the deadline has passed, counting the make-up working day', () => {
    expect(workingDaysLeft(due, new Date('2026-10-09T08:00:00+08:00'))).toBe(-1)
    expect(workingDaysLeft(due, new Date('2026-10-10T08:00:00+08:00'))).toBe(-2)
    expect(workingDaysLeft(due, new Date('2026-10-11T08:00:00+08:00'))).toBe(-2)
    // A rest day right after a Friday deadline is already late.
    expect(workingDaysLeft(endOfShanghaiDay('2026-10-16'), new Date('2026-10-17T08:00:00+08:00'))).toBe(-1)
  })

  it('says it in words', () => {
    expect(timeLeftText(3)).toBe('剩 3 个工作日')
    expect(timeLeftText(0)).toBe('今天到期')
    expect(timeLeftText(-2)).toBe('超期 2 个工作日')
  })
})
