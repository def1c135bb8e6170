import { describe, expect, it } from 'vitest'
import { errorReportDueDay, errorReportStanding } from '@/features/site-errors/rules'

// Beijing time is UTC+8: `at('2025-12-05 23:30')` is that moment in Chengdu.
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`)

describe('an error report is answered within 3 working days of receipt', () => {
  it('counts the three working days after an ordinary weekday', () => {
    expect(errorReportDueDay(at('2025-12-02 10:00'))).toBe('2025-12-05')
  })

  it('skips the weekend: a Friday report is due on Wednesday', () => {
    expect(errorReportDueDay(at('2025-12-05 09:00'))).toBe('2025-12-10')
  })

  it('takes the day in Beijing: 23:30 on Friday in Chengdu is still Friday (15:30 UTC)', () => {
    expect(errorReportDueDay(at('2025-12-05 23:30'))).toBe('2025-12-10')
    // 00:30 on Saturday in Chengdu is Friday in UTC, but counts from Saturday: Mon, Tue, Wed
    expect(errorReportDueDay(at('2025-12-06 00:30'))).toBe('2025-12-10')
  })

  it('skips the National Day break and counts the make-up Saturday (2025-10-11) as a working day', () => {
    // 1–8 October 2025 off; 28 September and 11 October worked
    expect(errorReportDueDay(at('2025-09-30 16:00'))).toBe('2025-10-11')
  })

  it('a report sent during a holiday counts from the next working day, which is day 1', () => {
    expect(errorReportDueDay(at('2025-10-03 12:00'))).toBe('2025-10-11')
  })

  it('counts a make-up Sunday (2025-09-28) as day 1 of a report sent on the Saturday before', () => {
    expect(errorReportDueDay(at('2025-09-27 12:00'))).toBe('2025-09-30')
  })

  it('is due soon on its last day and overdue the day after, by Beijing days', () => {
    const received = at('2025-12-02 10:00')
    expect(errorReportStanding(received, at('2025-12-03 09:00')).state).toBe('on-time')
    expect(errorReportStanding(received, at('2025-12-05 17:00'))).toEqual({ deadline: '2025-12-05', workingDaysLeft: 0, state: 'due-soon' })
    expect(errorReportStanding(received, at('2025-12-06 00:10')).state).toBe('overdue')
    expect(errorReportStanding(received, at('2025-12-08 09:00')).workingDaysLeft).toBe(-1)
  })
})
