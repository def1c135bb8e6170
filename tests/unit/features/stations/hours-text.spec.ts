import { describe, expect, it } from 'vitest'
import {
  parseOpeningHoursText,
  validateOpeningHours,
  weeklyTable,
  type OpeningHours,
} from '@/features/stations/rules'

const office: OpeningHours = {
  slots: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday: weekday as 1, opens: '08:30', closes: '12:00' },
    { weekday: weekday as 1, opens: '14:00', closes: '17:30' },
  ]),
  exceptions: [],
  closedOnPublicHolidays: true,
}

describe('weeklyTable', () => {
  it('lists every weekday in order with Chinese labels', () => {
    const hours = {
      ...office,
      slots: [
        ...office.slots,
        { weekday: 6 as const, opens: '22:00', closes: '06:00' },
        { weekday: 6 as const, opens: '09:00', closes: '12:00' },
      ],
    }
    expect(weeklyTable(hours)).toEqual([
      { weekday: 1, label: '星期一', times: '08:30–12:00，14:00–17:30' },
      { weekday: 2, label: '星期二', times: '08:30–12:00，14:00–17:30' },
      { weekday: 3, label: '星期三', times: '08:30–12:00，14:00–17:30' },
      { weekday: 4, label: '星期四', times: '08:30–12:00，14:00–17:30' },
      { weekday: 5, label: '星期五', times: '08:30–12:00，14:00–17:30' },
      { weekday: 6, label: '星期六', times: '09:00–12:00，22:00–次日06:00' },
      { weekday: 7, label: '星期日', times: '休息' },
    ])
  })
})

describe('parseOpeningHoursText', () => {
  it('reads the Chinese form used in the CSV import', () => {
    const result = parseOpeningHoursText('周一至周五 08:30-12:00,14:00-17:30; 周六 09:00-12:00')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.slots).toHaveLength(11)
    expect(result.slots.slice(0, 2)).toEqual([
      { weekday: 1, opens: '08:30', closes: '12:00' },
      { weekday: 1, opens: '14:00', closes: '17:30' },
    ])
    expect(result.slots.at(-1)).toEqual({ weekday: 6, opens: '09:00', closes: '12:00' })
    expect(weeklyTable({ ...office, slots: result.slots })).toEqual(
      weeklyTable({
        ...office,
        slots: [...office.slots, { weekday: 6, opens: '09:00', closes: '12:00' }],
      }),
    )
  })

  it.each([
    ['Mo-Fr 08:30-17:30', 5],
    ['星期一、星期三 8:00 - 11:30，14:00—17:00', 4],
    ['每天 22:00-06:00', 7],
    ['周六至周一 09:00-12:00', 3],
    ['周一 08:00～12:00；周二 14:00到17:00\n周三 09:00-24:00', 3],
  ])('accepts %j', (text, count) => {
    const result = parseOpeningHoursText(text)
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(result.slots).toHaveLength(count)
  })

  it('pads single-digit hours', () => {
    expect(parseOpeningHoursText('Sa 8:00-9:30')).toEqual({
      ok: true,
      slots: [{ weekday: 6, opens: '08:00', closes: '09:30' }],
    })
  })

  it.each([
    ['', '开放时间为空'],
    ['周八 08:00-12:00', '“周八 08:00-12:00”：无法识别星期“周八”，请写成“周一”或“Mo”'],
    [
      '周一至周五 08:30-1200',
      '“周一至周五 08:30-1200”：无法识别时间段“08:30-1200”，请写成 08:30-12:00',
    ],
    ['周一 25:00-26:00', '“周一 25:00-26:00”：时间段“25:00-26:00”中的时间无效'],
    ['周一 08:00-08:00', '“周一 08:00-08:00”：时间段“08:00-08:00”开门和关门时间相同'],
    ['08:00-12:00', '“08:00-12:00”缺少星期，例如“周一至周五 08:30-17:30”'],
    ['周一至周五 08:00-12:00; 周六', '“周六”缺少开放时间，例如“周一至周五 08:30-17:30”'],
    [
      '周一至周五 08:00-12:00; 周一 11:00-13:00',
      '星期一 08:00–12:00 与 星期一 11:00–13:00 时间重叠',
    ],
  ])('rejects %j', (text, message) => {
    expect(parseOpeningHoursText(text)).toEqual({ ok: false, message })
  })
})

describe('validateOpeningHours', () => {
  it('accepts a normal office', () => {
    expect(validateOpeningHours(office)).toEqual([])
  })

  it('finds overlapping slots, including overnight ones running into Monday', () => {
    const problems = validateOpeningHours({
      ...office,
      slots: [
        ...office.slots,
        { weekday: 1, opens: '11:00', closes: '13:00' },
        { weekday: 7, opens: '22:00', closes: '09:00' },
      ],
    })
    expect(problems).toEqual([
      '星期一 08:30–12:00 与 星期一 11:00–13:00 时间重叠',
      '星期一 08:30–12:00 与 星期日 22:00–09:00 时间重叠',
    ])
  })

  it('finds bad times', () => {
    expect(
      validateOpeningHours({
        ...office,
        slots: [
          { weekday: 2, opens: '8:30', closes: '12:00' },
          { weekday: 3, opens: '09:00', closes: '09:00' },
        ],
      }),
    ).toEqual([
      '星期二的时间段 8:30–12:00 的开门时间“8:30”无效，应为 00:00–23:59',
      '星期三的时间段 09:00–09:00 的开门和关门时间相同（09:00–09:00）',
    ])
  })

  it('finds duplicate, impossible and empty exception dates', () => {
    expect(
      validateOpeningHours({
        ...office,
        exceptions: [
          { date: '2025-10-01', closed: true },
          { date: '2025-10-01', slots: [{ opens: '09:00', closes: '12:00' }] },
          { date: '2025-02-30', closed: true },
          { date: '2025-10-02', slots: [] },
          {
            date: '2025-10-03',
            slots: [
              { opens: '09:00', closes: '12:00' },
              { opens: '11:00', closes: '13:00' },
            ],
          },
        ],
      }),
    ).toEqual([
      '特殊日期 2025-10-01 重复设置',
      '特殊日期“2025-02-30”无效，应写成 2025-10-01 这样的格式',
      '特殊日期 2025-10-02 没有填写开放时间；如全天休息，请设为“休息”',
      '特殊日期 2025-10-03：09:00–12:00 与 11:00–13:00 时间重叠',
    ])
  })
})
