import type { CollectionBeforeChangeHook } from 'payload'
import { beforeMergeOf, restoredBeforeMerge } from '@/features/feedback/rules/workbench'
import { refusal } from '@/platform/errors/refusal'
import { MERGE_CONTEXT, MERGE_UNDO_CONTEXT, type MergeContext } from '@/features/feedback/server/workbench/merge-context'

/**
 * The merge fields: dated once, with who merged and what the message was before (the desk's
 * merge passes the status it had before its own 受理). Set once, they stay, except through
 * 撤销合并 (src/features/feedback/server/workbench/undo-merge.ts), which puts the message back.
 */
export const stampMerge: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update') return data
  const before = originalDoc?.mergedInto ?? null
  const forThis = (key: string) => {
    const value = req.context?.[key] as MergeContext | undefined
    return value && String(value.id) === String(originalDoc?.id) ? value : undefined
  }
  if (before && forThis(MERGE_UNDO_CONTEXT)) {
    // Judged again inside the transaction: a step taken since the desk read it wins.
    if (originalDoc?.status !== 'accepted') throw refusal('这条留言合并后已另行办理，不能撤销合并')
    const restored = restoredBeforeMerge(originalDoc?.beforeMerge, originalDoc)
    return { ...data, ...restored, mergedInto: null, mergedAt: null, mergedBy: null, beforeMerge: { status: null, timelineSteps: null } }
  }
  if (before) return { ...data, mergedInto: before, mergedAt: originalDoc?.mergedAt, mergedBy: originalDoc?.mergedBy, beforeMerge: originalDoc?.beforeMerge }
  if (data.mergedInto) {
    const merge = forThis(MERGE_CONTEXT)
    return { ...data, mergedAt: new Date().toISOString(), mergedBy: req.user?.id ?? null, beforeMerge: merge?.before ?? beforeMergeOf(originalDoc ?? {}) }
  }
  return data
}
