import type { Payload } from 'payload'
import { APPLICANT_DETAILS, APPLICATION_RETENTION, isApplicationDue, withoutApplicantDetails, type RetainedApplication } from '@/features/disclosure/rules'
import { findDueIds, runRetentionSweep, type RetentionSweep } from '@/platform/retention/retention-sweep'

export const APPLICATION_ANONYMISE_ACTION = 'disclosure.anonymise'

type Texts = Record<string, unknown> | null | undefined
const cleared = Object.fromEntries(APPLICANT_DETAILS.map((field) => [field, null]))

/**
 * 依申请公开: once an application has been closed for the period, the applicant's name, ID
 * number, phone, e-mail and address go, from the stored and masked groups and wherever a text
 * quotes them (the letter, the 补正, the answer). Kept: applicant type, the request, the steps,
 * the answer and its type, the code and key hash, so the annual report's tables do not change
 * and the applicant's link still answers, with a notice.
 */
export const applicationSweep: RetentionSweep = {
  name: 'information requests',
  collection: 'disclosure-applications',
  action: APPLICATION_ANONYMISE_ACTION,
  period: { ...APPLICATION_RETENTION, global: 'feedback-settings', field: 'applicationRetentionMonths' },
  // receivedAt narrows the scan (closed ≥ received); the rule decides.
  dueIds: (payload, cutoff) =>
    findDueIds<RetainedApplication>(payload, {
      collection: 'disclosure-applications',
      where: { status: { in: ['answered', 'lapsed'] }, anonymisedAt: { exists: false }, receivedAt: { less_than: cutoff.toISOString() } },
      select: { status: true, anonymisedAt: true, updatedAt: true, answer: true, timeline: true },
      isDue: (doc) => isApplicationDue(doc, cutoff),
    }),
  anonymise: async (row, { now }) => {
    if (row.anonymisedAt) return null
    const details = APPLICANT_DETAILS.map((field) => (row.applicant as Texts)?.[field])
    const scrub = (text: unknown) => withoutApplicantDetails(typeof text === 'string' ? text : null, details)
    const answer = (row.answer as Texts) ?? {}
    return {
      data: {
        anonymisedAt: now.toISOString(),
        applicant: cleared,
        applicantMasked: cleared,
        description: scrub(row.description) ?? '',
        letter: scrub(row.letter),
        corrections: ((row.corrections as Record<string, unknown>[] | null) ?? []).map((c) => ({ ...c, what: scrub(c.what) ?? '', answer: scrub(c.answer) })),
        answer: { ...answer, provided: scrub(answer.provided), withheldPart: scrub(answer.withheldPart), explanation: scrub(answer.explanation) },
      },
      summary: `${row.trackingCode} 办结满保存期限，申请人个人信息已删除`,
    }
  },
}

export const anonymiseExpiredApplications = (payload: Payload, now = new Date()) => runRetentionSweep(payload, applicationSweep, now)
