import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { refusal } from '@/platform/errors/refusal'
import { holdGuardedChanges, isPendingChange } from '@/platform/publishing/rules/pending-change'
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
 * in `pendingChange`, the stored value stays in force; whatever a request sends as
 * `pendingChange` is ignored. A reviewer's decision writes its own result.
 */
export const holdEditorsChanges =
  (guarded: readonly string[]): CollectionBeforeChangeHook =>
  ({ collection, data, operation, originalDoc, req }) => {
    const stored = operation === 'update' ? ((originalDoc ?? {}) as Record<string, unknown>) : {}
    if (operation === 'update' && isDecision(req, collection.slug, originalDoc?.id)) return data
    const pending = isPendingChange(stored.pendingChange) ? stored.pendingChange : null
    if (operation === 'create') return { ...data, pendingChange: null }
    const held = holdGuardedChanges({ guarded, stored, incoming: data, pending, actor: actorOf(req), now: new Date().toISOString() })
    return { ...held.data, pendingChange: held.pending }
  }

export const REMOVAL_NEEDS_REVIEWER = '删除须由审核员或管理员进行：请在右侧点击“申请删除”，由审核员审核。'

/** Editors ask for a deletion (./endpoint.ts); only a reviewer or administrator deletes. */
export const refuseEditorsDeletion: CollectionBeforeDeleteHook = ({ req }) => {
  const actor = actorOf(req)
  if (actor && !mayPublish(actor)) throw refusal(REMOVAL_NEEDS_REVIEWER, 403)
}
