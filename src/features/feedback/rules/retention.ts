import { FINISHED_STATUSES } from './handling/statuses'

/**
 * How long residents' personal data is kept: messages finished (办结, 不予受理 or 转办) longer
 * than the retention period are anonymised. The form tells residents "办结满三年后" (three years),
 * hence the default.
 */
export const DEFAULT_RETENTION_MONTHS = 36
export const MIN_RETENTION_MONTHS = 6
export const MAX_RETENTION_MONTHS = 120

/** What an anonymised message's texts are replaced with. */
export const ANONYMISED_TEXT = '（已按规定匿名化）'
export const ANONYMISED_NOTICE = '此留言已办结满规定的保存期限，已按规定匿名化：姓名、联系方式、留言和答复内容以及附件均已删除，只保留用于统计的类型、时间和办理结果。'

export type RetentionCandidate = {
  status: string
  createdAt: string
  updatedAt?: string | null
  anonymisedAt?: string | null
  timeline?: { status?: string | null; at?: string | null }[] | null
}

/** The cut-off: messages finished before it are due. Calendar months back, clamped to month ends. */
export function retentionCutoff(now: Date, months: number): Date {
  if (!Number.isInteger(months) || months < 1) throw new Error(`retention months must be a positive whole number, got ${months}`)
  const cutoff = new Date(now)
  const day = cutoff.getUTCDate()
  cutoff.setUTCDate(1)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate()
  cutoff.setUTCDate(Math.min(day, lastDay))
  return cutoff
}

/**
 * When the message reached its finished status: the last timeline step into that status, or,
 * for older messages without one, its last change. Null when it is not finished.
 */
export function finishedAt(message: RetentionCandidate): Date | null {
  if (!(FINISHED_STATUSES as readonly string[]).includes(message.status)) return null
  const steps = (message.timeline ?? []).filter((step) => step.status === message.status && step.at)
  const at = steps.length > 0 ? steps[steps.length - 1].at : message.updatedAt ?? message.createdAt
  const date = new Date(at as string)
  return Number.isNaN(date.getTime()) ? null : date
}

export function isDueForAnonymisation(message: RetentionCandidate, cutoff: Date): boolean {
  if (message.anonymisedAt) return false
  const finished = finishedAt(message)
  return finished !== null && finished.getTime() < cutoff.getTime()
}
