import { beijingDate } from '@/platform/site-shell/rules/structured-data'

/**
 * A consultation (征求意见) takes comments from its opening day to its closing day, both
 * included, as calendar days in Beijing time. The phase is a function of those two days and now.
 */
export type ConsultationPhase = 'upcoming' | 'open' | 'closed'

export type ConsultationPeriod = { opensOn: string | Date; closesOn: string | Date }

export const PHASE_LABELS: Readonly<Record<ConsultationPhase, string>> = Object.freeze({
  upcoming: '即将开始',
  open: '正在征求意见',
  closed: '已结束',
})

/** Drafts of normative documents are usually open for comment at least this many days. */
export const USUAL_PERIOD_DAYS = 30

const DAY_MS = 86_400_000
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS

export function consultationPhase(period: ConsultationPeriod, now: Date): ConsultationPhase {
  const today = beijingDate(now)
  if (today < beijingDate(period.opensOn)) return 'upcoming'
  if (today > beijingDate(period.closesOn)) return 'closed'
  return 'open'
}

/** Calendar days of the period, both ends included. */
export const periodDays = (period: ConsultationPeriod) =>
  dayNumber(beijingDate(period.closesOn)) - dayNumber(beijingDate(period.opensOn)) + 1

/** Days still open for comment, today included; 0 once closed (and before it opens). */
export function daysLeft(period: ConsultationPeriod, now: Date): number {
  if (consultationPhase(period, now) !== 'open') return 0
  return dayNumber(beijingDate(period.closesOn)) - dayNumber(beijingDate(now)) + 1
}

/** Why the two dates cannot stand, in words for staff, or null. */
export function periodRefusal(opensOn: unknown, closesOn: unknown): string | null {
  const valid = (value: unknown) => (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())
  if (!valid(opensOn) || !valid(closesOn)) return '请填写征求意见的开始日期和截止日期'
  if (beijingDate(closesOn as string) < beijingDate(opensOn as string)) return '截止日期不能早于开始日期'
  return null
}

/** The account of how comments were handled (意见采纳情况) can be published only once the period is over. */
export function outcomeRefusal(phase: ConsultationPhase, hasOutcome: boolean): string | null {
  if (!hasOutcome || phase === 'closed') return null
  return '征求意见尚未结束，截止日期过后才能发布意见采纳情况'
}

/** What a resident reads beside a consultation: 正在征求意见，还剩 5 天（截止 2026-12-31）. */
export function phaseSentence(period: ConsultationPeriod, now: Date): string {
  const phase = consultationPhase(period, now)
  if (phase === 'upcoming') return `即将开始，${beijingDate(period.opensOn)} 起接受意见`
  if (phase === 'closed') return `已于 ${beijingDate(period.closesOn)} 截止`
  const left = daysLeft(period, now)
  return `${PHASE_LABELS.open}，${left === 1 ? '今天截止' : `还剩 ${left} 天`}（截止 ${beijingDate(period.closesOn)}）`
}

/**
 * The instants a list query compares stored dates with: the start of today and of tomorrow in
 * Beijing. Open: opened before tomorrow and closing today or later; closed: closed before today.
 */
export function phaseBounds(now: Date): { todayStarts: string; tomorrowStarts: string } {
  const today = Date.parse(`${beijingDate(now)}T00:00:00+08:00`)
  return { todayStarts: new Date(today).toISOString(), tomorrowStarts: new Date(today + DAY_MS).toISOString() }
}
