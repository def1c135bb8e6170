import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { refusal } from '@/platform/errors/refusal'
import { holdGuardedChanges, isPendingChange, isUnapprovedNew, resubmitNewRecord, reviewStateOf, startRecord } from '@/platform/publishing/rules/pending-change'
import { mayPublish } from '@/platform/publishing/rules/review-rule'
import { actorOf } from '@/platform/publishing/review/save-kind'

const decisionKey = (slug: string, id: unknown) => `pendingChange:decision:${slug}:${String(id)}`

/** Marks the request of a reviewer's decision (./endpoint.ts), so its save writes what was decided. */
export function withPendingDecision(req: PayloadRequest, slug: string, id: unknown) {
  req.context[decisionKey(slug, id)] = true
}

const isDecision = (req: PayloadRequest, slug: string, id: unknown) => req.context[decisionKey(slug, id)] === true

/**
 * On every save (admin, REST, GraphQL, local API): an editor's change to a guarded field is held
 * in `pendingChange`, the stored value stays in force; an editor's new record (where
 * `newRecordsWait`) is not public until approved. Whatever a request sends as `pendingChange` or
 * `reviewState` is ignored. A reviewer's decision writes its own result.
 */
export const holdEditorsChanges =
  (guarded: readonly string[], newRecordsWait: boolean): CollectionBeforeChangeHook =>
  ({ collection, data, operation, originalDoc, req }) => {
    const actor = actorOf(req)
    const now = new Date().toISOString()
    if (operation === 'create') {
      const start = startRecord(actor, newRecordsWait, now)
      return { ...data, pendingChange: start.pending, reviewState: start.reviewState }
    }
    const stored = (originalDoc ?? {}) as Record<string, unknown>
    if (isDecision(req, collection.slug, originalDoc?.id)) return data
    const pending = isPendingChange(stored.pendingChange) ? stored.pendingChange : null
    if (isUnapprovedNew(stored.reviewState)) {
      const resubmitted = resubmitNewRecord(actor, now) ?? pending
      return { ...data, pendingChange: resubmitted, reviewState: reviewStateOf(stored.reviewState, resubmitted) }
    }
    const held = holdGuardedChanges({ guarded, stored, incoming: data, pending, actor, now })
    return { ...held.data, pendingChange: held.pending, reviewState: reviewStateOf(stored.reviewState, held.pending) }
  }

export const REMOVAL_NEEDS_REVIEWER = '删除须由审核员或管理员进行：请在右侧点击“申请删除”，由审核员审核。'

/** Editors ask for a deletion (./endpoint.ts); only a reviewer or administrator deletes. */
export const refuseEditorsDeletion: CollectionBeforeDeleteHook = ({ req }) => {
  const actor = actorOf(req)
  if (actor && !mayPublish(actor)) throw refusal(REMOVAL_NEEDS_REVIEWER, 403)
}
