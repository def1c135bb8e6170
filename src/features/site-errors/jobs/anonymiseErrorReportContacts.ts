import { anonymiseErrorReportContacts } from '@/features/site-errors/server/contact-retention'
import { retentionTask } from '@/platform/retention/retention-task'

export const ANONYMISE_ERROR_REPORTS_TASK = 'anonymiseErrorReportContacts' as const

/** Removes the e-mail address of error reports settled longer than the period. Queued daily from src/instrumentation.ts. */
export const anonymiseErrorReportContactsTask = retentionTask({
  slug: ANONYMISE_ERROR_REPORTS_TASK,
  label: '网站找错到期删除联系邮箱',
  run: anonymiseErrorReportContacts,
})
