import { officialDay } from '@/platform/calendar/china-calendar'

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7 // ISO: 1 = Monday

// closes < opens means the slot runs overnight into the next day
export type TimeSlot = { weekday: Weekday; opens: string; closes: string }

export type DatedException =
  | { date: string; closed: true; note?: string }
  | { date: string; closed?: false; slots: { opens: string; closes: string }[]; note?: string }

export type OpeningHours = {
  slots: TimeSlot[]
  exceptions: DatedException[]
  closedOnPublicHolidays: boolean
  // On an official make-up workday (调休上班) use this weekday's slots; default Monday
  makeUpWorkdaysFollow?: Weekday
}

export type OpenState = {
  open: boolean
  closesAt?: string
  opensAt?: { date: string; time: string }
  label: string
}

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  1: '星期一',
  2: '星期二',
  3: '星期三',
  4: '星期四',
  5: '星期五',
  6: '星期六',
  7: '星期日',
}

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7]
const DAY = 1440
const LOOK_AHEAD_DAYS = 14

// '24:00' is allowed as a closing time so that '18:00-24:00' needs no overnight trick
const TIME = /^(\d{2}):(\d{2})$/
const minutesOf = (time: string, closing = false): number | undefined => {
  const m = TIME.exec(time)
  if (!m) return undefined
  const h = Number(m[1])
  const min = Number(m[2])
  if (min > 59) return undefined
  if (h < 24 || (closing && h === 24 && min === 0)) return h * 60 + min
  return undefined
}

const hhmm = (minutes: number) => {
  const m = ((minutes % DAY) + DAY) % DAY
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

// Length in minutes of a slot; overnight when closes <= opens ('00:00'–'00:00' is 24 hours)
const spanOf = (opens: number, closes: number) =>
  closes > opens ? closes - opens : closes + DAY - opens

// --- Beijing-time calendar helpers. China has had no daylight saving since 1991, but we still
// ask Intl so the answer never depends on the server's zone.
const shanghai = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const shanghaiNow = (now: Date) => {
  const parts = Object.fromEntries(shanghai.formatToParts(now).map((p) => [p.type, p.value]))
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
  }
}

const addDays = (date: string, days: number) => {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

const weekdayOf = (date: string): Weekday => {
  const [y, m, d] = date.split('-').map(Number)
  return (((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1) as Weekday
}

const isRealDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && addDays(date, 0) === date

// --- What applies on one date

type DayPlan = { intervals: [number, number][]; reason?: string }

function planFor(hours: OpeningHours, date: string): DayPlan {
  const toIntervals = (slots: { opens: string; closes: string }[]) =>
    slots.flatMap((s): [number, number][] => {
      const opens = minutesOf(s.opens)
      const closes = minutesOf(s.closes, true)
      // Invalid slots are reported by validateOpeningHours; here they simply do not open
      if (opens === undefined || closes === undefined) return []
      return [[opens, opens + spanOf(opens, closes)]]
    })

  // A dated exception is the most specific instruction staff can give, so it wins outright
  const exception = hours.exceptions.find((e) => e.date === date)
  if (exception) {
    if (exception.closed === true)
      return { intervals: [], reason: exception.note?.trim() || undefined }
    return { intervals: toIntervals(exception.slots) }
  }

  const official = officialDay(date)
  if (official.holiday && hours.closedOnPublicHolidays) {
    return { intervals: [], reason: official.holiday }
  }
  const weekday = official.makeUpWorkday ? (hours.makeUpWorkdaysFollow ?? 1) : weekdayOf(date)
  return { intervals: toIntervals(hours.slots.filter((s) => s.weekday === weekday)) }
}

const dayWord = (today: string, date: string) => {
  if (date === today) return '今天'
  if (date === addDays(today, 1)) return '明天'
  const [, m, d] = date.split('-').map(Number)
  return `${m}月${d}日`
}

export function openState(hours: OpeningHours, now: Date): OpenState {
  const { date: today, minute } = shanghaiNow(now)

  // Lay yesterday..today+14 on one minute axis (0 = today 00:00) so overnight slots and
  // slots that touch across midnight need no special cases.
  const timeline: [number, number][] = []
  let todayPlan: DayPlan = { intervals: [] }
  for (let offset = -1; offset <= LOOK_AHEAD_DAYS; offset++) {
    const plan = planFor(hours, addDays(today, offset))
    if (offset === 0) todayPlan = plan
    for (const [a, b] of plan.intervals) timeline.push([a + offset * DAY, b + offset * DAY])
  }
  timeline.sort((x, y) => x[0] - y[0])
  const merged: [number, number][] = []
  for (const [a, b] of timeline) {
    const last = merged[merged.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else merged.push([a, b])
  }

  const at = (m: number) => ({
    date: addDays(today, Math.floor(m / DAY)),
    time: hhmm(m),
  })

  const current = merged.find(([a, b]) => a <= minute && minute < b)
  if (current) {
    // Open without a break to the end of what we look at: a round-the-clock service, not a
    // closing time at the window's edge
    if (current[1] >= (LOOK_AHEAD_DAYS + 1) * DAY) return { open: true, label: '24小时开放' }
    const closes = at(current[1])
    const when = closes.date === today ? '' : `${dayWord(today, closes.date)} `
    return { open: true, closesAt: closes.time, label: `正在开放，${when}${closes.time} 关门` }
  }

  const closedAllDay = todayPlan.intervals.length === 0
  const head = closedAllDay
    ? `今天休息${todayPlan.reason ? `（${todayPlan.reason}）` : ''}`
    : '已关门'
  const next = merged.find(([a]) => a > minute && a < (LOOK_AHEAD_DAYS + 1) * DAY)
  if (!next) return { open: false, label: `${head}，近期暂无开放安排` }
  const opensAt = at(next[0])
  return {
    open: false,
    opensAt,
    label: `${head}，${dayWord(today, opensAt.date)} ${opensAt.time} 开门`,
  }
}

export function weeklyTable(
  hours: OpeningHours,
): { weekday: Weekday; label: string; times: string }[] {
  return WEEKDAYS.map((weekday) => {
    const slots = hours.slots
      .filter((s) => s.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens))
    const times = slots.map((s) => {
      const overnight = s.closes <= s.opens && s.closes !== '24:00'
      return `${s.opens}–${overnight ? '次日' : ''}${s.closes}`
    })
    return {
      weekday,
      label: WEEKDAY_LABELS[weekday],
      times: times.length ? times.join('，') : '休息',
    }
  })
}

// --- Validation

const describeSlot = (s: { opens: string; closes: string }) => `${s.opens}–${s.closes}`

function slotProblems(slots: { opens: string; closes: string }[], where: (i: number) => string) {
  const problems: string[] = []
  slots.forEach((s, i) => {
    const opens = minutesOf(s.opens)
    const closes = minutesOf(s.closes, true)
    if (opens === undefined)
      problems.push(`${where(i)}的开门时间“${s.opens}”无效，应为 00:00–23:59`)
    if (closes === undefined)
      problems.push(`${where(i)}的关门时间“${s.closes}”无效，应为 00:00–24:00`)
    if (opens !== undefined && closes !== undefined && opens === closes % DAY && closes !== DAY) {
      problems.push(`${where(i)}的开门和关门时间相同（${describeSlot(s)}）`)
    }
  })
  return problems
}

// Week-long axis (0 = Monday 00:00) that wraps Sunday night into Monday morning
const WEEK = 7 * DAY
function weeklyOverlaps(slots: TimeSlot[]): string[] {
  const spans = slots.flatMap((s) => {
    const opens = minutesOf(s.opens)
    const closes = minutesOf(s.closes, true)
    if (opens === undefined || closes === undefined || opens === closes % DAY) return []
    const start = (s.weekday - 1) * DAY + opens
    return [{ s, start, end: start + spanOf(opens, closes) }]
  })
  const problems: string[] = []
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const a = spans[i]
      const b = spans[j]
      // Compare b also shifted by a week either way to catch Sunday→Monday overnight slots
      const hit = [-WEEK, 0, WEEK].some((k) => a.start < b.end + k && b.start + k < a.end)
      if (hit) {
        problems.push(
          `${WEEKDAY_LABELS[a.s.weekday]} ${describeSlot(a.s)} 与 ` +
            `${WEEKDAY_LABELS[b.s.weekday]} ${describeSlot(b.s)} 时间重叠`,
        )
      }
    }
  }
  return problems
}

function dayOverlaps(slots: { opens: string; closes: string }[], where: string): string[] {
  const withDay = slots.map((s) => ({ ...s, weekday: 1 as Weekday }))
  return weeklyOverlaps(withDay).map((p) => `${where}：${p.replaceAll('星期一 ', '')}`)
}

export function validateOpeningHours(hours: OpeningHours): string[] {
  const problems: string[] = []
  hours.slots.forEach((s) => {
    if (!WEEKDAYS.includes(s.weekday)) problems.push(`星期“${String(s.weekday)}”无效，应为 1–7`)
  })
  problems.push(
    ...slotProblems(hours.slots, (i) => {
      const s = hours.slots[i]
      return `${WEEKDAY_LABELS[s.weekday] ?? '未知星期'}的时间段 ${describeSlot(s)} `
    }),
  )
  problems.push(...weeklyOverlaps(hours.slots.filter((s) => WEEKDAYS.includes(s.weekday))))

  if (hours.makeUpWorkdaysFollow !== undefined && !WEEKDAYS.includes(hours.makeUpWorkdaysFollow)) {
    problems.push(`调休上班日参照的星期“${String(hours.makeUpWorkdaysFollow)}”无效，应为 1–7`)
  }

  const seen = new Set<string>()
  for (const e of hours.exceptions) {
    if (!isRealDate(e.date)) {
      problems.push(`特殊日期“${e.date}”无效，应写成 2025-10-01 这样的格式`)
      continue
    }
    if (seen.has(e.date)) problems.push(`特殊日期 ${e.date} 重复设置`)
    seen.add(e.date)
    if (e.closed === true) continue
    if (e.slots.length === 0) {
      problems.push(`特殊日期 ${e.date} 没有填写开放时间；如全天休息，请设为“休息”`)
      continue
    }
    problems.push(
      ...slotProblems(e.slots, (i) => `特殊日期 ${e.date} 的时间段 ${describeSlot(e.slots[i])} `),
    )
    problems.push(...dayOverlaps(e.slots, `特殊日期 ${e.date}`))
  }
  return problems
}

// --- Parsing the free-text column of the CSV import

const CN_DAY: Record<string, Weekday> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  七: 7,
}
const EN_DAY: Record<string, Weekday> = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 }

function parseDay(token: string): Weekday | undefined {
  const t = token.trim()
  const cn = /^(?:周|星期|礼拜)([一二三四五六日天七])$/.exec(t)
  if (cn) return CN_DAY[cn[1]]
  const en = /^(mo|tu|we|th|fr|sa|su)[a-z]*$/i.exec(t)
  return en ? EN_DAY[en[1].toLowerCase()] : undefined
}

function parseDays(spec: string): Weekday[] | string {
  const s = spec.trim()
  if (/^(?:每天|每日|全天|天天|daily|mo-su)$/i.test(s)) return [...WEEKDAYS]
  const days: Weekday[] = []
  for (const item of s.split(/[,，、/]/).map((x) => x.trim())) {
    if (!item) continue
    const range = item.split(/\s*(?:至|到|-|–|—|~|～)\s*/)
    if (range.length > 2) return `无法识别星期范围“${item}”`
    const from = parseDay(range[0])
    if (from === undefined) return `无法识别星期“${range[0]}”，请写成“周一”或“Mo”`
    if (range.length === 1) {
      days.push(from)
      continue
    }
    const to = parseDay(range[1])
    if (to === undefined) return `无法识别星期“${range[1]}”，请写成“周一”或“Mo”`
    // Ranges may wrap, e.g. '周六至周一'
    for (let d = from; ; d = ((d % 7) + 1) as Weekday) {
      days.push(d)
      if (d === to) break
    }
  }
  return days
}

const TIME_RANGE = /^(\d{1,2})[:：](\d{2})(?:-|–|—|~|～|至|到)(\d{1,2})[:：](\d{2})$/

export function parseOpeningHoursText(
  text: string,
): { ok: true; slots: TimeSlot[] } | { ok: false; message: string } {
  const segments = text
    .split(/[;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
  if (segments.length === 0) return { ok: false, message: '开放时间为空' }

  const slots: TimeSlot[] = []
  for (const segment of segments) {
    const firstDigit = segment.search(/\d/)
    if (firstDigit === -1) {
      return { ok: false, message: `“${segment}”缺少开放时间，例如“周一至周五 08:30-17:30”` }
    }
    const daySpec = segment.slice(0, firstDigit).trim()
    if (!daySpec) {
      return { ok: false, message: `“${segment}”缺少星期，例如“周一至周五 08:30-17:30”` }
    }
    const days = parseDays(daySpec)
    if (typeof days === 'string') return { ok: false, message: `“${segment}”：${days}` }

    const ranges = segment
      .slice(firstDigit)
      .replace(/\s*(-|–|—|~|～|至|到)\s*/g, '$1')
      .split(/[,，、\s]+/)
      .filter(Boolean)
    for (const range of ranges) {
      const m = TIME_RANGE.exec(range)
      if (!m) {
        return { ok: false, message: `“${segment}”：无法识别时间段“${range}”，请写成 08:30-12:00` }
      }
      const opens = `${m[1].padStart(2, '0')}:${m[2]}`
      const closes = `${m[3].padStart(2, '0')}:${m[4]}`
      if (minutesOf(opens) === undefined || minutesOf(closes, true) === undefined) {
        return { ok: false, message: `“${segment}”：时间段“${range}”中的时间无效` }
      }
      if (opens === closes) {
        return { ok: false, message: `“${segment}”：时间段“${range}”开门和关门时间相同` }
      }
      for (const weekday of days) slots.push({ weekday, opens, closes })
    }
  }

  const overlaps = weeklyOverlaps(slots)
  if (overlaps.length) return { ok: false, message: overlaps.join('；') }
  slots.sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))
  return { ok: true, slots }
}
