import type { BeforeMerge } from '@/features/feedback/rules/workbench'

/**
 * What the desk's merge and its undo tell the collection's hooks (req.context, set only on the
 * server): which message the step is for, what it was before the merge, why it is taken back.
 * Keyed by id, so nested saves of other messages in the same request are left alone.
 */
export const MERGE_CONTEXT = 'feedbackMerge'
export const MERGE_UNDO_CONTEXT = 'feedbackMergeUndo'

export type MergeContext = { id: string; before?: BeforeMerge; reason?: string; intoCode?: string }
