import type { WorkflowPart } from '@/platform/publishing/workflow-part'
import { withDraftPreview } from '@/platform/publishing/preview/admin-preview'
import { withdrawalFields } from './fields'
import { prepareWithdrawal, retireDeletedAddress, retireOldAddress } from './hooks'

/**
 * Withdrawal with a public reason (the page stays online with a banner and leaves every list),
 * and the address left behind by an unpublish, a delete or a new address: a 410 or a redirect.
 */
export const withdrawalWorkflow: WorkflowPart = {
  fields: withdrawalFields,
  hooks: {
    beforeChange: [prepareWithdrawal],
    afterChange: [retireOldAddress],
    afterDelete: [retireDeletedAddress],
  },
  // Staff preview drafts at their real address (the other half of this part: nothing unpublished
  // is ever shown to visitors, and nothing published disappears without a trace).
  admin: withDraftPreview,
}
