import { dateOrNull, isPastCutoff, type RetentionPeriod } from '@/platform/retention/rules/retention-period'

/**
 * A reporter's e-mail address serves the answer only, which goes out when the report is settled
 * (答复 or 不予处理); it is kept 3 months after that, for a follow-up question, then removed. The
 * report itself stays. Set by administrators in 留言办理时限 (feedback-settings.errorReportRetentionMonths).
 */
export const ERROR_REPORT_CONTACT_RETENTION: RetentionPeriod = { defaultMonths: 3, minMonths: 1, maxMonths: 36 }

/** Due once settled before the cut-off; a report still waiting keeps its address, however old. */
export const errorReportContactDue = (report: { status?: string | null; answeredAt?: string | null }, cutoff: Date): boolean =>
  (report.status === 'answered' || report.status === 'dismissed') && isPastCutoff(dateOrNull(report.answeredAt), cutoff)
