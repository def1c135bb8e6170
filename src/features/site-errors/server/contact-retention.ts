import type { Payload } from 'payload'
import { ERROR_REPORT_CONTACT_RETENTION, errorReportContactDue } from '@/features/site-errors/rules'
import { findDueIds, runRetentionSweep, type RetentionSweep } from '@/platform/retention/retention-sweep'

export const ERROR_REPORT_ANONYMISE_ACTION = 'site-errors.anonymise'

/** 网站找错: the reporter's e-mail removed once the report has been settled for the period; the report stays. */
export const errorReportContactSweep: RetentionSweep = {
  name: 'site error reports',
  collection: 'site-error-reports',
  action: ERROR_REPORT_ANONYMISE_ACTION,
  period: { ...ERROR_REPORT_CONTACT_RETENTION, global: 'feedback-settings', field: 'errorReportRetentionMonths' },
  dueIds: (payload, cutoff) =>
    findDueIds<{ status?: string | null; answeredAt?: string | null }>(payload, {
      collection: 'site-error-reports',
      where: { status: { in: ['answered', 'dismissed'] }, email: { exists: true }, answeredAt: { less_than: cutoff.toISOString() } },
      select: { status: true, answeredAt: true },
      isDue: (doc) => errorReportContactDue(doc, cutoff),
    }),
  anonymise: async (row) => (row.email ? { data: { email: null }, summary: `${row.reference} 办结满保存期限，联系邮箱已删除` } : null),
}

export const anonymiseErrorReportContacts = (payload: Payload, now = new Date()) => runRetentionSweep(payload, errorReportContactSweep, now)
