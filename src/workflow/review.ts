import type { WorkflowPart } from './withPublishingWorkflow'
import { withReviewAccess } from './review/access'
import { reviewFields } from './review/fields'
import { applyReviewRule, refuseEditorPublishing } from './review/hooks'
import { noteDraftArgument } from './review/save-kind'

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
      beforeListTable: [...(admin.components?.beforeListTable ?? []), '/workflow/review/AwaitingReviewLink#AwaitingReviewLink'],
    },
  }),
  versions: (versions) => {
    const base = typeof versions === 'object' ? versions : {}
    const drafts = typeof base.drafts === 'object' ? base.drafts : {}
    return { ...base, drafts: { ...drafts, schedulePublish: { timeFormat: 'HH:mm' } } }
  },
}
