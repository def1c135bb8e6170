import { describe, expect, it, vi } from 'vitest'
import { getDayDetail, isHoliday, isWorkday } from 'chinese-days'
import {
  officialDay,
  openState,
  type OpeningHours,
  type TimeSlot,
  type Weekday,
} from '@/features/stations/rules'

// Beijing wall-clock time as an absolute instant, so no test depends on the machine's zone
const bj = (local: string) => new Date(`${local}:00+08:00`)

const days = (list: Weekday[], opens: string, closes: string): TimeSlot[] =>
  list.map((weekday) => ({ weekday, opens, closes }))

const office: OpeningHours = {
  slots: [...days([1, 2, 3, 4, 5], '08:30', '12:00'), ...days([1, 2, 3, 4, 5], '14:00', '17:30')],
  exceptions: [],
  closedOnPublicHolidays: true,
}

describe('official calendar as seen by chinese-days', () => {
  // chinese-days 1.5.7 shifts its own tables by a day on machines west of UTC (see
  // china-calendar.ts), so the raw library is only checked where it is correct
  const westOfUtc = new Date(2025, 9, 1).getTimezoneOffset() > 0
  it.skipIf(westOfUtc)('agrees with the 2025 National Day notice before we rely on it', () => {
    for (const d of ['2025-10-01', '2025-10-05', '2025-10-08']) expect(isHoliday(d)).toBe(true)
    expect(getDayDetail('2025-10-08').name).toContain('国庆节')
    // Saturday 2025-10-11 and Sunday 2025-09-28 are make-up workdays
    expect(isWorkday('2025-10-11')).toBe(true)
    expect(isWorkday('2025-09-28')).toBe(true)
    expect(isWorkday('2025-10-18')).toBe(false)
  })

  it('separates statutory holidays from ordinary weekends', () => {
    expect(officialDay('2025-10-01')).toEqual({ holiday: '国庆节', makeUpWorkday: false })
    expect(officialDay('2025-10-06')).toEqual({ holiday: '中秋节', makeUpWorkday: false })
    expect(officialDay('2025-10-11')).toEqual({ makeUpWorkday: true })
    expect(officialDay('2025-10-18')).toEqual({ makeUpWorkday: false })
    expect(officialDay('2025-09-30')).toEqual({ makeUpWorkday: false })
  })
})

describe('openState: weekday office with a lunch break', () => {
  it.each([
    ['2025-09-15T08:00', false, '已关门，今天 08:30 开门'],
    ['2025-09-15T08:30', true, '正在开放，12:00 关门'],
    ['2025-09-15T10:00', true, '正在开放，12:00 关门'],
    ['2025-09-15T12:00', false, '已关门，今天 14:00 开门'],
    ['2025-09-15T12:30', false, '已关门，今天 14:00 开门'],
    ['2025-09-15T16:59', true, '正在开放，17:30 关门'],
    ['2025-09-15T17:30', false, '已关门，明天 08:30 开门'],
    ['2025-09-19T18:00', false, '已关门，9月22日 08:30 开门'],
    ['2025-09-20T10:00', false, '今天休息，9月22日 08:30 开门'],
    ['2025-09-21T23:59', false, '今天休息，明天 08:30 开门'],
  ])('%s Beijing time', (local, open, label) => {
    expect(openState(office, bj(local))).toMatchObject({ open, label })
  })

  it('reports closesAt and opensAt', () => {
    expect(openState(office, bj('2025-09-15T10:00'))).toEqual({
      open: true,
      closesAt: '12:00',
      label: '正在开放，12:00 关门',
    })
    expect(openState(office, bj('2025-09-15T12:30')).opensAt).toEqual({
      date: '2025-09-15',
      time: '14:00',
    })
  })

  it('uses Beijing time, not UTC: 01:00 UTC Monday is 09:00 in Chengdu', () => {
    expect(openState(office, new Date('2025-09-15T01:00:00Z')).open).toBe(true)
    // 16:00 UTC Sunday is already 00:00 Monday in Chengdu
    expect(openState(office, new Date('2025-09-14T16:00:00Z')).label).toBe(
      '已关门，今天 08:30 开门',
    )
  })
})

describe('openState: overnight slots', () => {
  const night: OpeningHours = {
    slots: days([1], '22:00', '06:00'),
    exceptions: [],
    closedOnPublicHolidays: false,
  }

  it('a slot that started yesterday still counts just after midnight', () => {
    expect(openState(night, bj('2025-09-16T00:30'))).toEqual({
      open: true,
      closesAt: '06:00',
      label: '正在开放，06:00 关门',
    })
  })

  it('mentions that closing is tomorrow when open before midnight', () => {
    expect(openState(night, bj('2025-09-15T23:00')).label).toBe('正在开放，明天 06:00 关门')
  })

  it('closes at the end of the overnight slot', () => {
    const state = openState(night, bj('2025-09-16T06:00'))
    expect(state.open).toBe(false)
    expect(state.opensAt).toEqual({ date: '2025-09-22', time: '22:00' })
  })

  it('joins back-to-back nights into one opening', () => {
    const everyNight = { ...night, slots: days([1, 2, 3, 4, 5, 6, 7], '22:00', '06:00') }
    expect(openState(everyNight, bj('2025-09-16T03:00')).closesAt).toBe('06:00')
    const roundTheClock = { ...night, slots: days([1, 2, 3, 4, 5, 6, 7], '00:00', '24:00') }
    expect(openState(roundTheClock, bj('2025-09-16T03:00')).open).toBe(true)
  })

  it('says 24小时开放 for a round-the-clock service instead of a closing time at the window edge', () => {
    const roundTheClock = { ...night, closedOnPublicHolidays: false, slots: days([1, 2, 3, 4, 5, 6, 7], '00:00', '24:00') }
    expect(openState(roundTheClock, bj('2025-09-16T03:00'))).toEqual({ open: true, label: '24小时开放' })
    // A dated closure inside the window is a real closing time, and is still said
    const closedLater = { ...roundTheClock, exceptions: [{ date: '2025-09-20', closed: true, slots: [] }] }
    expect(openState(closedLater, bj('2025-09-16T03:00'))).toMatchObject({ open: true, closesAt: '00:00' })
    expect(openState(closedLater, bj('2025-09-16T03:00')).label).toBe('正在开放，9月20日 00:00 关门')
  })
})

describe('openState: dated exceptions', () => {
  const hours: OpeningHours = {
    ...office,
    exceptions: [
      { date: '2025-09-16', closed: true, note: '设备检修' },
      { date: '2025-09-17', slots: [{ opens: '09:00', closes: '11:00' }] },
      { date: '2025-10-03', slots: [{ opens: '09:00', closes: '12:00' }], note: '国庆义诊' },
    ],
  }

  it('closes the station for the day, naming the reason', () => {
    expect(openState(hours, bj('2025-09-16T10:00'))).toEqual({
      open: false,
      opensAt: { date: '2025-09-17', time: '09:00' },
      label: '今天休息（设备检修），明天 09:00 开门',
    })
  })

  it('replaces the usual hours with special hours', () => {
    expect(openState(hours, bj('2025-09-17T10:00')).label).toBe('正在开放，11:00 关门')
    expect(openState(hours, bj('2025-09-17T15:00')).label).toBe('已关门，明天 08:30 开门')
  })

  it('beats a public holiday', () => {
    expect(openState(hours, bj('2025-10-03T10:00')).open).toBe(true)
    expect(openState(hours, bj('2025-10-02T10:00')).label).toBe(
      '今天休息（国庆节），明天 09:00 开门',
    )
  })
})

describe('openState: public holidays and make-up workdays', () => {
  it('is closed throughout National Day 2025 and reopens on 9 October', () => {
    for (const d of ['2025-10-01', '2025-10-03', '2025-10-07', '2025-10-08']) {
      expect(openState(office, bj(`${d}T10:00`)).open).toBe(false)
    }
    expect(openState(office, bj('2025-10-01T10:00'))).toEqual({
      open: false,
      opensAt: { date: '2025-10-09', time: '08:30' },
      label: '今天休息（国庆节），10月9日 08:30 开门',
    })
    expect(openState(office, bj('2025-10-06T10:00')).label).toBe(
      '今天休息（中秋节），10月9日 08:30 开门',
    )
  })

  it('looks across the whole break on the evening before it', () => {
    expect(openState(office, bj('2025-09-30T18:00')).label).toBe('已关门，10月9日 08:30 开门')
  })

  it('stays open on holidays when the station says so', () => {
    const open = { ...office, closedOnPublicHolidays: false }
    expect(openState(open, bj('2025-10-01T10:00')).open).toBe(true) // a Wednesday
    expect(openState(open, bj('2025-10-04T10:00')).open).toBe(false) // a Saturday
  })

  it('opens on make-up Saturday 2025-10-11 with Monday hours', () => {
    expect(openState(office, bj('2025-10-11T09:00'))).toEqual({
      open: true,
      closesAt: '12:00',
      label: '正在开放，12:00 关门',
    })
    expect(openState(office, bj('2025-10-11T15:00')).open).toBe(true)
    expect(openState(office, bj('2025-10-18T09:00')).open).toBe(false) // ordinary Saturday
    expect(openState(office, bj('2025-09-28T09:00')).open).toBe(true) // make-up Sunday
  })

  it('follows the weekday chosen in makeUpWorkdaysFollow', () => {
    const hours: OpeningHours = {
      ...office,
      slots: [...office.slots, { weekday: 5, opens: '17:30', closes: '19:00' }],
      makeUpWorkdaysFollow: 5,
    }
    expect(openState(hours, bj('2025-10-11T18:00')).open).toBe(true)
    expect(openState(office, bj('2025-10-11T18:00')).open).toBe(false)
  })

  it('gives up after 14 days', () => {
    const never: OpeningHours = { slots: [], exceptions: [], closedOnPublicHolidays: true }
    expect(openState(never, bj('2025-09-15T10:00'))).toEqual({
      open: false,
      label: '今天休息，近期暂无开放安排',
    })
    const farAway: OpeningHours = {
      ...never,
      exceptions: [{ date: '2025-10-01', slots: [{ opens: '09:00', closes: '10:00' }] }],
    }
    expect(openState(farAway, bj('2025-09-17T10:00')).opensAt).toEqual({
      date: '2025-10-01',
      time: '09:00',
    })
    expect(openState(farAway, bj('2025-09-16T10:00')).opensAt).toBeUndefined()
  })
})

describe('server time zone', () => {
  it('gives the same answers on a server west of UTC', async () => {
    const saved = process.env.TZ
    process.env.TZ = 'America/Los_Angeles'
    try {
      vi.resetModules()
      const fresh = await import('@/features/stations/rules')
      expect(fresh.officialDay('2025-10-01').holiday).toBe('国庆节')
      expect(fresh.officialDay('2025-09-30').holiday).toBeUndefined()
      expect(fresh.officialDay('2025-10-11').makeUpWorkday).toBe(true)
      expect(fresh.openState(office, bj('2025-10-01T10:00')).label).toBe(
        '今天休息（国庆节），10月9日 08:30 开门',
      )
      expect(fresh.openState(office, bj('2025-10-11T09:00')).open).toBe(true)
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
      vi.resetModules()
    }
  })
})
