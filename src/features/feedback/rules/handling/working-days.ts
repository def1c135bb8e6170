import { isOfficialWorkingDay } from '@/platform/calendar/china-calendar'

/**
 * Calendar days are 'YYYY-MM-DD' strings in China Standard Time (Asia/Shanghai): a message sent
 * at 23:00 on a Friday in Chengdu was received on Friday, whatever the server's clock says.
 *
 * Counting rule, the one used for administrative time limits (期间开始之日不计算在内): the day
 * of receipt is never counted, so a limit of n working days ends at the close of the n-th working
 * day after it. A message received on a weekend or public holiday therefore starts its count on
 * the next working day, which is day 1. Make-up workdays (调休上班) count as working days.
 *
 * Holiday data: `chinese-days`; years it does not cover have only weekends as rest days.
 */
export type CalendarDay = string

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

const shanghaiFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar day in Asia/Shanghai at the given instant. */
export function shanghaiDay(instant: Date): CalendarDay {
  if (Number.isNaN(instant.getTime())) throw new RangeError('无效的时间')
  const parts = Object.fromEntries(
    shanghaiFormat.formatToParts(instant).map((part) => [part.type, part.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}`
}

function parseDay(day: CalendarDay | Date): { y: number; m: number; d: number } {
  const text = day instanceof Date ? shanghaiDay(day) : day
  const match = DAY_PATTERN.exec(text)
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0]
  const check = new Date(Date.UTC(y, m - 1, d))
  // Rejects '2025-02-30' and friends, which Date would silently roll over.
  if (!match || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`日期格式应为 YYYY-MM-DD：${String(text)}`)
  }
  return { y, m, d }
}

function toDay(day: CalendarDay | Date): CalendarDay {
  const { y, m, d } = parseDay(day)
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function shiftDay(day: CalendarDay, delta: number): CalendarDay {
  const { y, m, d } = parseDay(day)
  return new Date(Date.UTC(y, m - 1, d) + delta * MS_PER_DAY).toISOString().slice(0, 10)
}

/** Whether staff work that day: weekdays except public holidays, plus make-up workdays. */
export function isWorkingDay(day: CalendarDay | Date): boolean {
  return isOfficialWorkingDay(toDay(day))
}

/**
 * The deadline for a limit of n working days: the n-th working day after `day` (the day of
 * receipt itself never counts; see the rule above). n = 0 gives `day` back.
 */
export function addWorkingDays(day: CalendarDay | Date, n: number): CalendarDay {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日天数应为非负整数：${n}`)
  let current = toDay(day)
  for (let left = n; left > 0; ) {
    current = shiftDay(current, 1)
    if (isWorkingDay(current)) left -= 1
  }
  return current
}

/**
 * Working days after `from` up to and including `to`, so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`; negative when `to` is before `from`.
 */
export function workingDaysBetween(from: CalendarDay | Date, to: CalendarDay | Date): number {
  const [start, end] = [toDay(from), toDay(to)]
  // `0 - n` rather than `-n`, so an empty backward span is 0, not -0.
  if (end < start) return 0 - workingDaysBetween(end, start)
  const [first, last] = [runningCount(start), runningCount(end)]
  if (first !== undefined && last !== undefined) return last - first // else outside 2020 … 2069
  let count = 0
  for (let current = start; current < end; ) {
    current = shiftDay(current, 1)
    if (isWorkingDay(current)) count += 1
  }
  return count
}

// Working days after 2020-01-01 up to each day, filled as asked (day by day took 0.7 s a page).
const [COUNT_FROM_MS, COUNT_DAYS, running] = [Date.UTC(2020, 0, 1), 50 * 366, [0]]
function runningCount(day: CalendarDay): number | undefined {
  const { y, m, d } = parseDay(day)
  const index = (Date.UTC(y, m - 1, d) - COUNT_FROM_MS) / MS_PER_DAY
  if (index < 0 || index >= COUNT_DAYS) return undefined
  for (let i = running.length; i <= index; i++) running.push(running[i - 1] + (isWorkingDay(new Date(COUNT_FROM_MS + i * MS_PER_DAY).toISOString().slice(0, 10)) ? 1 : 0))
  return running[index]
}

export type DeadlineState = 'on-time' | 'due-soon' | 'overdue'
export type DeadlineStatus = {
  deadline: CalendarDay
  /** 0 on the deadline itself; negative once working days have passed after it. */
  workingDaysLeft: number
  state: DeadlineState
}

/**
 * Where a message stands against its limit. Overdue means the deadline day has passed (so a
 * weekend right after the deadline is already overdue, with 0 working days left); due-soon
 * means at most `dueSoonDays` working days are left, the deadline day itself included.
 */
export function deadlineStatus(
  receivedAt: Date,
  limitDays: number,
  now: Date,
  dueSoonDays = 1,
): DeadlineStatus {
  const deadline = addWorkingDays(receivedAt, limitDays)
  const today = shanghaiDay(now)
  const workingDaysLeft = workingDaysBetween(today, deadline)
  const state: DeadlineState =
    today > deadline ? 'overdue' : workingDaysLeft <= dueSoonDays ? 'due-soon' : 'on-time'
  return { deadline, workingDaysLeft, state }
}
