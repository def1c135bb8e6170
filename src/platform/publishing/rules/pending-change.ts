/**
 * The two-person rule for the small records pages are built from (services, districts, policy
 * documents, images): an editor's change to a field residents see is held as a pending change,
 * and only a reviewer or administrator makes it take effect (or declines it). An image an editor
 * wants gone is a pending removal. Reviewers and administrators edit directly.
 */
import { mayPublish, type Actor, type Id } from './review-rule'

export type PendingChange = {
  /** Field name → the value proposed. */
  changes: Record<string, unknown>
  /** The editor asked for the record to be deleted. */
  remove?: boolean
  by: Id
  at: string
}

export type PendingDecision = 'approve' | 'reject'

export const PENDING_MESSAGES = {
  notReviewer: '只有审核员或管理员可以审核待生效的修改。',
  nothingPending: '这条记录没有待审核的修改。',
  ownChange: '不能审核自己提交的修改，请由另一位审核员审核。',
  removalNeedsEditor: '只有编辑需要申请删除；审核员和管理员可以直接删除。',
} as const

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) && 'id' in value ? (value as { id: unknown }).id : value

/** Compared as stored: a related record by its id, empty text as nothing. */
const comparable = (value: unknown) => {
  const plain = Array.isArray(value) ? value.map(idOf) : idOf(value)
  return JSON.stringify(plain === '' || plain === undefined ? null : plain)
}

export function isPendingChange(value: unknown): value is PendingChange {
  return Boolean(value && typeof value === 'object' && 'changes' in value && 'by' in value)
}

/**
 * The data a person's save may write now and the pending change after it. An editor's changes to
 * guarded fields are taken out of the data (the stored values stay) and added to the pending change.
 */
export function holdGuardedChanges(input: {
  guarded: readonly string[]
  stored: Record<string, unknown>
  incoming: Record<string, unknown>
  pending: PendingChange | null
  actor: Actor
  now: string
}): { data: Record<string, unknown>; pending: PendingChange | null } {
  const { actor, guarded, stored, incoming } = input
  if (mayPublish(actor) || !actor) return { data: incoming, pending: input.pending }
  const data = { ...incoming }
  const held: Record<string, unknown> = {}
  for (const field of guarded) {
    if (!(field in incoming) || comparable(incoming[field]) === comparable(stored[field])) continue
    held[field] = idOf(incoming[field])
    data[field] = stored[field]
  }
  if (Object.keys(held).length === 0) return { data, pending: input.pending }
  const changes = { ...(input.pending?.changes ?? {}), ...held }
  // A change back to the value in force is no longer pending.
  for (const field of Object.keys(changes)) if (comparable(changes[field]) === comparable(stored[field])) delete changes[field]
  const pending = Object.keys(changes).length > 0 || input.pending?.remove ? { changes, remove: input.pending?.remove, by: actor.id, at: input.now } : null
  return { data, pending }
}

/** Whether this person may approve or decline the pending change; null when they may. */
export function pendingDecisionRefusal(actor: Actor, pending: PendingChange | null): string | null {
  if (!actor || !mayPublish(actor)) return PENDING_MESSAGES.notReviewer
  if (!pending) return PENDING_MESSAGES.nothingPending
  if (String(pending.by) === String(actor.id)) return PENDING_MESSAGES.ownChange
  return null
}

/** An editor's request to delete a record: a pending removal, kept with any changes already pending. */
export function requestRemoval(actor: Actor, pending: PendingChange | null, now: string): { ok: true; pending: PendingChange } | { ok: false; message: string } {
  if (!actor || mayPublish(actor)) return { ok: false, message: PENDING_MESSAGES.removalNeedsEditor }
  return { ok: true, pending: { changes: pending?.changes ?? {}, remove: true, by: actor.id, at: now } }
}
