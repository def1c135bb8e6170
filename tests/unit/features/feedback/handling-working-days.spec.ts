import { afterEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_REPLY_LIMITS,
  addWorkingDays,
  deadlineStatus,
  isWorkingDay,
  shanghaiDay,
  workingDaysBetween,
} from '@/features/feedback/rules/handling'

// Chengdu wall-clock time, so each test reads like the calendar on the office wall.
const cst = (local: string) => new Date(`${local}+08:00`)

describe('the 2025 holiday calendar, as chinese-days has it', () => {
  it('has the Spring Festival break and its make-up workdays', () => {
    for (const day of ['2025-01-28', '2025-01-31', '2025-02-04']) expect(isWorkingDay(day)).toBe(false)
    expect(isWorkingDay('2025-01-26'), 'Sunday make-up workday').toBe(true)
    expect(isWorkingDay('2025-02-08'), 'Saturday make-up workday').toBe(true)
    expect(isWorkingDay('2025-01-25')).toBe(false)
    expect(isWorkingDay('2025-02-09')).toBe(false)
    expect(isWorkingDay('2025-01-27')).toBe(true)
    expect(isWorkingDay('2025-02-05')).toBe(true)
  })

  it('has the National Day break and its make-up workdays', () => {
    for (const day of ['2025-10-01', '2025-10-06', '2025-10-08']) expect(isWorkingDay(day)).toBe(false)
    expect(isWorkingDay('2025-09-28'), 'Sunday make-up workday').toBe(true)
    expect(isWorkingDay('2025-10-11'), 'Saturday make-up workday').toBe(true)
    expect(isWorkingDay('2025-09-27')).toBe(false)
    expect(isWorkingDay('2025-10-12')).toBe(false)
    expect(isWorkingDay('2025-10-09')).toBe(true)
  })
})

describe('shanghaiDay and Date inputs', () => {
  it('reads the day in Chengdu, not in UTC', () => {
    expect(shanghaiDay(cst('2025-09-26T20:30:00'))).toBe('2025-09-26') // Friday 12:30 UTC
    expect(shanghaiDay(cst('2025-09-27T06:00:00'))).toBe('2025-09-27') // still Friday in UTC
    expect(shanghaiDay(new Date('2025-10-10T16:30:00Z'))).toBe('2025-10-11')
  })

  it('accepts a Date wherever a day is taken', () => {
    expect(isWorkingDay(new Date('2025-10-10T17:00:00Z'))).toBe(true) // Saturday 10-11 in Chengdu
    expect(isWorkingDay(new Date('2025-10-11T17:00:00Z'))).toBe(false) // Sunday 10-12
  })

  it('refuses malformed days', () => {
    expect(() => isWorkingDay('2025-2-30')).toThrow(RangeError)
    expect(() => isWorkingDay('2025-02-30')).toThrow(RangeError)
    expect(() => shanghaiDay(new Date('nonsense'))).toThrow(RangeError)
    expect(() => addWorkingDays('2025-01-24', -1)).toThrow(RangeError)
    expect(() => addWorkingDays('2025-01-24', 1.5)).toThrow(RangeError)
  })

  describe('on a server west of UTC', () => {
    const original = process.env.TZ
    afterEach(() => {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    })

    // chinese-days itself reads isWorkday('2025-10-13') as Sunday there.
    it('still gives the right day', () => {
      process.env.TZ = 'America/Los_Angeles'
      expect(isWorkingDay('2025-10-11')).toBe(true)
      expect(isWorkingDay('2025-10-12')).toBe(false)
      expect(isWorkingDay('2025-10-13')).toBe(true)
      expect(isWorkingDay('2025-09-29')).toBe(true)
      expect(addWorkingDays('2025-09-26', 5)).toBe('2025-10-10')
    })
  })
})

describe('addWorkingDays', () => {
  it('does not count the day of receipt', () => {
    expect(addWorkingDays('2025-03-03', 1)).toBe('2025-03-04')
    expect(addWorkingDays('2025-03-07', 1)).toBe('2025-03-10') // Friday to Monday
    expect(addWorkingDays('2025-03-07', 0)).toBe('2025-03-07')
  })

  it('skips the Spring Festival and counts its make-up workdays', () => {
    // Friday 01-24: Sun 01-26 (make-up), Mon 01-27, then 02-05, 02-06, 02-07.
    expect(addWorkingDays('2025-01-24', 5)).toBe('2025-02-07')
    // ... then Saturday 02-08 (make-up), Monday 02-10.
    expect(addWorkingDays('2025-01-24', 7)).toBe('2025-02-10')
    expect(addWorkingDays('2025-01-26', 1)).toBe('2025-01-27') // received on the make-up Sunday
  })

  it('starts counting on the first working day after a receipt on a holiday', () => {
    expect(addWorkingDays('2025-01-30', 1)).toBe('2025-02-05')
    expect(addWorkingDays('2025-01-30', 5)).toBe('2025-02-10')
    expect(addWorkingDays('2025-10-03', 5)).toBe('2025-10-14')
    expect(addWorkingDays('2025-10-03', DEFAULT_REPLY_LIMITS.acceptance)).toBe('2025-10-10')
  })

  it('skips National Day and counts its make-up workdays', () => {
    // Friday 09-26: Sun 09-28 (make-up), 09-29, 09-30, then 10-09, 10-10.
    expect(addWorkingDays('2025-09-26', 5)).toBe('2025-10-10')
    expect(addWorkingDays('2025-09-26', 7)).toBe('2025-10-13') // via make-up Saturday 10-11
    expect(addWorkingDays('2025-09-26', 15)).toBe('2025-10-23')
  })

  it('counts a Friday-evening message, still Friday in UTC, from Friday', () => {
    expect(addWorkingDays(cst('2025-09-26T20:30:00'), 5)).toBe('2025-10-10')
  })

  it('counts an early Saturday message, still Friday in UTC, from Saturday', () => {
    expect(addWorkingDays(cst('2025-09-27T06:00:00'), 1)).toBe('2025-09-28')
    expect(addWorkingDays(cst('2025-03-08T06:00:00'), 1)).toBe('2025-03-10')
  })
})

describe('workingDaysBetween', () => {
  it('counts working days after `from` up to and including `to`', () => {
    expect(workingDaysBetween('2025-01-24', '2025-02-07')).toBe(5)
    expect(workingDaysBetween('2025-09-26', '2025-10-23')).toBe(15)
    expect(workingDaysBetween('2025-01-27', '2025-02-05')).toBe(1)
    expect(workingDaysBetween('2025-01-28', '2025-02-04')).toBe(0)
    expect(workingDaysBetween('2025-10-09', '2025-10-09')).toBe(0)
  })

  it('is negative when `to` is before `from`', () => {
    expect(workingDaysBetween('2025-02-07', '2025-01-24')).toBe(-5)
    expect(workingDaysBetween('2025-10-11', '2025-10-10')).toBe(-1)
  })

  it('undoes addWorkingDays', () => {
    for (const start of ['2025-01-24', '2025-01-30', '2025-09-27', '2025-10-03']) {
      for (let n = 0; n <= 15; n++) expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n)
    }
  })
})

describe('deadlineStatus', () => {
  const receivedAt = cst('2025-09-26T20:30:00') // Friday evening; 5 working days end 10-10

  it('is on time while more than a working day is left', () => {
    expect(deadlineStatus(receivedAt, 5, cst('2025-09-29T10:00:00'))).toEqual({
      deadline: '2025-10-10',
      workingDaysLeft: 3,
      state: 'on-time',
    })
    // The holiday itself takes nothing off: 10-09 and 10-10 are still ahead.
    expect(deadlineStatus(receivedAt, 5, cst('2025-10-05T10:00:00'))).toMatchObject({
      workingDaysLeft: 2,
      state: 'on-time',
    })
  })

  it('is due soon with one working day or less left, the deadline day included', () => {
    expect(deadlineStatus(receivedAt, 5, cst('2025-10-09T09:00:00'))).toMatchObject({
      workingDaysLeft: 1,
      state: 'due-soon',
    })
    expect(deadlineStatus(receivedAt, 5, cst('2025-10-10T23:59:00'))).toMatchObject({
      workingDaysLeft: 0,
      state: 'due-soon',
    })
  })

  it('takes the due-soon threshold as a parameter', () => {
    expect(deadlineStatus(receivedAt, 5, cst('2025-10-05T10:00:00'), 2).state).toBe('due-soon')
    expect(deadlineStatus(receivedAt, 5, cst('2025-10-09T09:00:00'), 0).state).toBe('on-time')
  })

  it('is overdue once the deadline day has passed in Chengdu', () => {
    // 00:30 on the make-up Saturday in Chengdu is still Friday 10-10 in UTC.
    expect(deadlineStatus(receivedAt, 5, cst('2025-10-11T00:30:00'))).toEqual({
      deadline: '2025-10-10',
      workingDaysLeft: -1,
      state: 'overdue',
    })
    // A weekend right after the deadline is already overdue, with no working day lost yet.
    expect(deadlineStatus(cst('2025-10-13T09:00:00'), 4, cst('2025-10-18T10:00:00'))).toEqual({
      deadline: '2025-10-17',
      workingDaysLeft: 0,
      state: 'overdue',
    })
  })

  it('counts a holiday receipt from the next working day', () => {
    expect(deadlineStatus(cst('2025-10-03T11:00:00'), 5, cst('2025-10-09T09:00:00'))).toEqual({
      deadline: '2025-10-14',
      workingDaysLeft: 4,
      state: 'on-time',
    })
  })
})
