import { dateOrNull, isPastCutoff, type RetentionPeriod } from '@/platform/retention/rules/retention-period'
import { FINISHED_STATUSES } from './handling/statuses'

/**
 * How long residents' personal data is kept: messages finished (办结, 不予受理 or 转办) longer
 * than the retention period are anonymised. The form tells residents "办结满三年后" (three years),
 * hence the default.
 */
export const DEFAULT_RETENTION_MONTHS = 36
export const MIN_RETENTION_MONTHS = 6
export const MAX_RETENTION_MONTHS = 120
export const FEEDBACK_RETENTION: RetentionPeriod = { defaultMonths: DEFAULT_RETENTION_MONTHS, minMonths: MIN_RETENTION_MONTHS, maxMonths: MAX_RETENTION_MONTHS }

export const ANONYMISED_NOTICE = '此留言已办结满规定的保存期限，已按规定匿名化：姓名、联系方式、留言和答复内容以及附件均已删除，只保留用于统计的类型、时间和办理结果。'

export type RetentionCandidate = {
  status: string
  createdAt: string
  updatedAt?: string | null
  anonymisedAt?: string | null
  timeline?: { status?: string | null; at?: string | null }[] | null
}

/**
 * When the message reached its finished status: the last timeline step into that status, or,
 * for older messages without one, its last change. Null when it is not finished.
 */
export function finishedAt(message: RetentionCandidate): Date | null {
  if (!(FINISHED_STATUSES as readonly string[]).includes(message.status)) return null
  const steps = (message.timeline ?? []).filter((step) => step.status === message.status && step.at)
  return dateOrNull(steps.length > 0 ? steps[steps.length - 1].at : message.updatedAt ?? message.createdAt)
}

export const isDueForAnonymisation = (message: RetentionCandidate, cutoff: Date): boolean =>
  !message.anonymisedAt && isPastCutoff(finishedAt(message), cutoff)
