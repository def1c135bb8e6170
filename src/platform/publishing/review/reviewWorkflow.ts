import type { WorkflowPart } from '@/platform/publishing/workflow-part'
import { withReviewAccess } from './access'
import { reviewFields } from './fields'
import { applyReviewRule, refuseEditorPublishing } from './hooks'
import { noteDraftArgument } from './save-kind'

/**
 * Reviewer approval, publishing without review, scheduling and change notes.
 *
 * Scheduled publishing (Payload's `schedulePublish`, run by the job worker on the 'default' queue)
 * counts the person who scheduled it as the approver: the job publishes as that user, so the
 * reviewer rule is applied when it runs (the scheduler must still be a reviewer or administrator
 * and must not be the draft's last editor). Any later edit of the draft cancels a pending
 * scheduled publication (./review/scheduled-jobs.ts): the scheduler approved the text they saw.
 */
export const reviewWorkflow: WorkflowPart = {
  fields: reviewFields,
  hooks: { beforeOperation: [noteDraftArgument, refuseEditorPublishing], beforeChange: [applyReviewRule] },
  access: withReviewAccess,
  admin: (admin = {}) => ({
    ...admin,
    components: {
      ...admin.components,
      beforeListTable: [...(admin.components?.beforeListTable ?? []), '/platform/publishing/ui/admin/AwaitingReviewLink#AwaitingReviewLink'],
    },
  }),
  versions: (versions) => {
    const base = typeof versions === 'object' ? versions : {}
    const drafts = typeof base.drafts === 'object' ? base.drafts : {}
    return { ...base, drafts: { ...drafts, schedulePublish: { timeFormat: 'HH:mm' } } }
  },
}
