import type { WorkflowPart } from '@/platform/publishing/workflow-part'
import { withReviewAccess } from './access'
import { reviewFields } from './fields'
import { applyReviewRule, refuseEditorPublishing } from './hooks'
import { noteDraftArgument } from './save-kind'

/**
 * Who may publish, the approval record and change notes. A person publishes, unpublishes or
 * withdraws only through a step of the publishing desk (../desk/); these hooks refuse any other
 * way (admin form, REST, GraphQL, local API, restoring a version) and keep the record.
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
}
