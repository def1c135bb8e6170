import { anonymiseExpiredApplications } from '@/features/disclosure/server/application-retention'
import { retentionTask } from '@/platform/retention/retention-task'

export const ANONYMISE_APPLICATIONS_TASK = 'anonymiseExpiredApplications' as const

/** Removes the applicant's details from applications closed longer than the period. Queued daily from src/instrumentation.ts. */
export const anonymiseExpiredApplicationsTask = retentionTask({
  slug: ANONYMISE_APPLICATIONS_TASK,
  label: '依申请公开到期删除申请人信息',
  run: anonymiseExpiredApplications,
})
