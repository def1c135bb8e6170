import { beijingDate } from '@/platform/site-shell/rules/structured-data'
import { dateOrNull, isPastCutoff, type RetentionPeriod } from '@/platform/retention/rules/retention-period'

/**
 * A comment's name and contact are kept 6 months after the consultation closed: time to write
 * and publish the 意见采纳情况 and, where a point is unclear, to ask the person who made it. Then
 * they are removed; the comment itself stays, since the outcome counts it and its approved copy
 * may be public. Set by administrators in 留言办理时限 (feedback-settings.commentRetentionMonths).
 */
export const COMMENT_CONTACT_RETENTION: RetentionPeriod = { defaultMonths: 6, minMonths: 1, maxMonths: 36 }

const DAY_MS = 86_400_000

/** A consultation has closed once its closing day in Beijing is over. Null without a readable day. */
export function consultationClosedAt(closesOn: unknown): Date | null {
  const day = dateOrNull(closesOn)
  return day ? new Date(Date.parse(`${beijingDate(day)}T00:00:00+08:00`) + DAY_MS) : null
}

const given = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** Due: the comment still holds a name or contact, and its consultation closed before the cut-off. */
export const commentContactDue = (comment: { name?: unknown; contact?: unknown }, consultation: { closesOn: unknown }, cutoff: Date): boolean =>
  (given(comment.name) || given(comment.contact)) && isPastCutoff(consultationClosedAt(consultation.closesOn), cutoff)
