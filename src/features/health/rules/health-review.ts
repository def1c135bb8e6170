/**
 * When a health page is due for a medical review. Dates are calendar days in Beijing time
 * (China has no daylight saving, so UTC+8 all year): a page is due for review from the day
 * after its "next review due" date.
 */

const BEIJING_OFFSET_MS = 8 * 60 * 60_000
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** 2026-03-01, the calendar day of an instant in Beijing time. */
export function beijingDay(value: Date | string): string {
  const instant = new Date(value)
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date: ${String(value)}`)
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}

/** The instant a Beijing calendar day starts (midnight, UTC+8). */
export function startOfBeijingDay(day: string): Date {
  const parts = DAY.exec(day)
  if (!parts) throw new RangeError(`not a day: ${day}`)
  return new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])) - BEIJING_OFFSET_MS)
}

/** True once today (Beijing) is after the due day: on the due day itself the page is still current. */
export function isReviewDue(nextReviewDueAt: Date | string | null | undefined, now: Date = new Date()): boolean {
  if (!nextReviewDueAt) return false
  return beijingDay(now) > beijingDay(nextReviewDueAt)
}

/**
 * For database queries: a page is overdue exactly when its due date lies before this instant
 * (the start of today in Beijing), whatever time of day the date was stored with.
 */
export function overdueBefore(now: Date = new Date()): Date {
  return startOfBeijingDay(beijingDay(now))
}

/** Review cycle when staff give no date: twelve months after the last review. */
export const DEFAULT_REVIEW_MONTHS = 12

/**
 * The default next review: the same calendar day `months` later (31 January + 1 month → the last
 * day of February), returned as noon Beijing time so it shows as that day in any time zone
 * from UTC−11 to UTC+11.
 */
export function defaultNextReviewDue(lastReviewedAt: Date | string, months: number = DEFAULT_REVIEW_MONTHS): Date {
  const [year, month, day] = beijingDay(lastReviewedAt).split('-').map(Number)
  const targetMonthIndex = month - 1 + months
  const targetYear = year + Math.floor(targetMonthIndex / 12)
  const targetMonth = ((targetMonthIndex % 12) + 12) % 12
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate()
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay), 12) - BEIJING_OFFSET_MS)
}

/** The next review must fall on a later day than the last one; a message for staff otherwise. */
export function checkReviewDates(
  lastReviewedAt: Date | string | null | undefined,
  nextReviewDueAt: Date | string | null | undefined,
): string | null {
  if (!lastReviewedAt || !nextReviewDueAt) return null
  return beijingDay(nextReviewDueAt) > beijingDay(lastReviewedAt) ? null : '下次审核日期必须晚于最近审核日期。'
}

/** Whether the reminder for the current due date has already gone out (one e-mail per due date). */
export function reminderAlreadySent(
  nextReviewDueAt: Date | string | null | undefined,
  reminderSentFor: Date | string | null | undefined,
): boolean {
  if (!nextReviewDueAt || !reminderSentFor) return false
  return beijingDay(nextReviewDueAt) === beijingDay(reminderSentFor)
}
