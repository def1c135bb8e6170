import { addWorkingDays, shanghaiDay, workingDaysBetween, type CalendarDay } from '@/features/feedback/rules/handling/working-days'

/**
 * Time limits of the Regulations on Open Government Information (2019), Art. 33 and 30, counted
 * with the same working-day calendar as residents' messages (the day of receipt never counts, so a
 * request received on a rest day starts on the next working day).
 *
 * - 20 working days from receipt to answer;
 * - one extension of at most 20 working days, approved by the head of the disclosure office;
 * - a 补正 request stops the clock from the day it is sent until the day the applicant answers;
 *   the working days already used are kept, the rest run from the day after the answer.
 */
export const ANSWER_LIMIT_DAYS = 20
export const MAX_EXTENSION_DAYS = 20
/** The time given to answer a 补正 request when staff do not set another. */
export const DEFAULT_CORRECTION_DAYS = 15
export const MAX_CORRECTION_DAYS = 30

export type CorrectionPause = { requestedAt: string | Date; answeredAt?: string | Date | null }

export type ClockInput = {
  receivedAt: string | Date
  corrections?: readonly CorrectionPause[]
  extensionDays?: number | null
}

export type AnswerClock =
  | { running: true; deadline: CalendarDay; limitDays: number; usedDays: number }
  | { running: false; limitDays: number; usedDays: number }

const dayOf = (value: string | Date) => shanghaiDay(value instanceof Date ? value : new Date(value))

/** Where the answer deadline stands: the day it runs out, or stopped while a 补正 is awaited. */
export function answerClock(input: ClockInput): AnswerClock {
  const limitDays = ANSWER_LIMIT_DAYS + Math.max(0, input.extensionDays ?? 0)
  let from = dayOf(input.receivedAt)
  let usedDays = 0
  const pauses = [...(input.corrections ?? [])].sort((a, b) => dayOf(a.requestedAt).localeCompare(dayOf(b.requestedAt)))
  for (const pause of pauses) {
    usedDays += Math.max(0, workingDaysBetween(from, dayOf(pause.requestedAt)))
    if (!pause.answeredAt) return { running: false, limitDays, usedDays }
    from = dayOf(pause.answeredAt)
  }
  return { running: true, deadline: addWorkingDays(from, Math.max(0, limitDays - usedDays)), limitDays, usedDays }
}

/** The last day to answer a 补正 request sent at `requestedAt` with `days` working days given. */
export function correctionDeadline(requestedAt: string | Date, days: number): CalendarDay {
  return addWorkingDays(dayOf(requestedAt), days)
}

/** A 补正 request unanswered after its last day: the application lapses (视为放弃申请). */
export function correctionLapsed(correctionDueDay: CalendarDay, now: Date): boolean {
  return shanghaiDay(now) > correctionDueDay
}

/** Working days left to the deadline (0 on the day itself, negative once past). */
export function workingDaysLeft(deadline: CalendarDay, now: Date): number {
  return workingDaysBetween(shanghaiDay(now), deadline)
}

export type ExtensionProblem = string | undefined

/** Why an extension may not be granted now, or undefined: once only, before the deadline, 1–20 days. */
export function extensionProblem(clock: AnswerClock, alreadyExtended: boolean, days: number, now: Date): ExtensionProblem {
  if (alreadyExtended) return '答复期限只能延长一次，本申请已经延长过。'
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) return `延长的期限应为 1 至 ${MAX_EXTENSION_DAYS} 个工作日。`
  if (!clock.running) return '申请人补正期间答复期限已中止，无需延长。'
  if (shanghaiDay(now) > clock.deadline) return '答复期限已过，不能再延长；请尽快答复。'
  return undefined
}
