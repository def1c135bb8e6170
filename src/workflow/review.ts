import type { WorkflowPart } from './withPublishingWorkflow'

/** Reviewer approval, publishing without review, scheduling and change notes (being written). */
export const reviewWorkflow: WorkflowPart = {}
