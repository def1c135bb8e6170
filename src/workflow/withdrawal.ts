import type { WorkflowPart } from './withPublishingWorkflow'

/** Withdrawal with a public reason, and the address left behind by an unpublish (being written). */
export const withdrawalWorkflow: WorkflowPart = {}
