// The default export: the package is CommonJS for Node, so named ESM imports fail outside bundlers.
import chineseDays from 'chinese-days'

const { getDayDetail } = chineseDays

// What the official State Council calendar says about one Beijing-time date.
export type OfficialDay = {
  // A statutory holiday (including the weekend days folded into the break), with its Chinese name
  holiday?: string
  // An official make-up working day (调休上班), always a Saturday or Sunday
  makeUpWorkday: boolean
}

// chinese-days builds its tables with the server's local clock. In zones west of UTC its keys
// come out one day early (version 1.5.7: asking for 2025-09-30 in Los Angeles answers for
// 2025-10-01). Measure that shift once against a known date instead of trusting the zone.
let shiftDays: number | undefined
const calendarShift = (): number => {
  if (shiftDays !== undefined) return shiftDays
  shiftDays = 0
  for (const shift of [0, -1, 1]) {
    // 2025-10-01 is National Day, 2025-09-30 is an ordinary Tuesday
    if (
      isHolidayEntry(lookUp('2025-10-01', shift)) &&
      !isHolidayEntry(lookUp('2025-09-30', shift))
    ) {
      shiftDays = shift
      break
    }
  }
  return shiftDays
}

const lookUp = (date: string, shift: number) => {
  const [y, m, d] = date.split('-').map(Number)
  // Local noon keeps the lookup away from midnight whatever the server's zone
  return getDayDetail(new Date(y, m - 1, d + shift, 12))
}

// Only table entries carry a comma ('National Day,国庆节,3'); plain weekdays are named 'Monday'
const isHolidayEntry = (detail: { work: boolean; name: string }) =>
  !detail.work && detail.name.includes(',')

const HOLIDAY_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' }

export function officialDay(date: string): OfficialDay {
  const detail = lookUp(date, calendarShift())
  if (!detail.name.includes(',')) return { makeUpWorkday: false }
  const name = detail.name.split(',')[1] ?? ''
  if (!detail.work) return { holiday: HOLIDAY_NAMES[name] ?? name, makeUpWorkday: false }
  return { makeUpWorkday: true }
}

/** Whether offices work that Beijing-time date: Monday to Friday except holidays, plus make-up days. */
export function isOfficialWorkingDay(date: string): boolean {
  const day = officialDay(date)
  if (day.makeUpWorkday) return true
  if (day.holiday) return false
  const [y, m, d] = date.split('-').map(Number)
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return weekday >= 1 && weekday <= 5
}
