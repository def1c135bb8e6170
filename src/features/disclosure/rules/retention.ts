import { ANONYMISED_TEXT, dateOrNull, isPastCutoff, type RetentionPeriod } from '@/platform/retention/rules/retention-period'
import { isFinished } from './statuses'

/**
 * The applicant's personal details are kept 24 months after the application was closed
 * (answered, or lapsed for want of a 补正): beyond the 60 days of 行政复议 and the 6 months of
 * 行政诉讼, through the next 年度报告, and long enough to recognise a repeated request (Art. 36(7)).
 * The archived file (归档) follows the archives rules on its own; this is the site's working
 * copy. Set by administrators in 留言办理时限 (feedback-settings.applicationRetentionMonths).
 */
export const APPLICATION_RETENTION: RetentionPeriod = { defaultMonths: 24, minMonths: 6, maxMonths: 120 }

export const APPLICATION_ANONYMISED_NOTICE = '此申请已办结满规定的保存期限，申请人的姓名、证件号码、联系方式和通信地址已按规定删除；申请内容、办理过程和答复保留。'

/** The details that name an applicant: removed from the applicant groups and wherever they are quoted. */
export const APPLICANT_DETAILS = ['name', 'idNumber', 'phone', 'email', 'address'] as const

export type RetainedApplication = {
  status?: string | null
  anonymisedAt?: string | null
  updatedAt?: string | null
  answer?: { answeredAt?: string | null } | null
  timeline?: { at?: string | null }[] | null
}

/** When it was closed: the answer's time, or for a lapsed application its last step. Null while open. */
export function applicationClosedAt(application: RetainedApplication): Date | null {
  if (!isFinished(application.status)) return null
  if (application.status === 'answered') return dateOrNull(application.answer?.answeredAt) ?? dateOrNull(application.updatedAt)
  const steps = application.timeline ?? []
  return dateOrNull(steps[steps.length - 1]?.at) ?? dateOrNull(application.updatedAt)
}

export const isApplicationDue = (application: RetainedApplication, cutoff: Date): boolean =>
  !application.anonymisedAt && isPastCutoff(applicationClosedAt(application), cutoff)

/**
 * A text with every one of the applicant's details replaced where it appears as given (the
 * letter's salutation, an address quoted in a 补正). Longest first, so a name inside an address
 * does not break the address; single characters are left alone.
 */
export function withoutApplicantDetails(text: string | null | undefined, details: unknown[]): string | null {
  if (!text) return text ?? null
  const values = [...new Set(details.filter((v): v is string => typeof v === 'string').map((v) => v.trim()))]
    .filter((v) => [...v].length >= 2)
    .sort((a, b) => b.length - a.length)
  return values.reduce((result, value) => result.split(value).join(ANONYMISED_TEXT), text)
}
