/**
 * The two-person rule for the small records pages are built from (services, districts, policy
 * documents, images): an editor's change to a field residents see is held as a pending change,
 * and only a reviewer or administrator makes it take effect (or declines it). An image an editor
 * wants gone is a pending removal. Where new records wait too (services, districts: residents see
 * every one of them in the station filters), an editor's new record stays out of public view until
 * a reviewer approves it. Reviewers and administrators edit and create directly.
 */
import { mayPublish, type Actor, type Id } from './review-rule'

export type PendingChange = {
  /** Field name → the value proposed. */
  changes: Record<string, unknown>
  /** The editor asked for the record to be deleted. */
  remove?: boolean
  /** The record is new (an editor's) and not public until approved. */
  added?: boolean
  by: Id
  at: string
}

/**
 * Where a record stands, stored beside the pending change so the database can filter on it:
 * residents see `in-force` and `change` (the values in force); a new record waits as `new`, and
 * as `new-returned` once a reviewer declined it, until its editor saves it again.
 */
export const REVIEW_STATES = ['in-force', 'change', 'new', 'new-returned'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]
export const PUBLIC_REVIEW_STATES: readonly ReviewState[] = ['in-force', 'change']

export const REVIEW_STATE_LABELS: Readonly<Record<ReviewState, string>> = Object.freeze({
  'in-force': '已生效',
  change: '已生效，有待审核的修改',
  new: '新建，待审核（未公开）',
  'new-returned': '新建，已退回（未公开）',
})

export const isReviewState = (value: unknown): value is ReviewState => (REVIEW_STATES as readonly unknown[]).includes(value)

/** Whether the record has not yet been approved for the public (new, or new and returned). */
export const isUnapprovedNew = (state: unknown) => state === 'new' || state === 'new-returned'

/** The state a record is left in by a save that leaves `pending` (not a decision). */
export function reviewStateOf(stored: unknown, pending: PendingChange | null): ReviewState {
  if (pending?.added) return 'new'
  if (isUnapprovedNew(stored)) return 'new-returned'
  return pending ? 'change' : 'in-force'
}

/**
 * A record being created: by an editor, where new records wait, it is new and pending its first
 * review; by anyone else (a reviewer, an administrator, the seed), in force at once.
 */
export function startRecord(actor: Actor, newRecordsWait: boolean, now: string): { pending: PendingChange | null; reviewState: ReviewState } {
  if (newRecordsWait && actor && !mayPublish(actor)) return { pending: { changes: {}, added: true, by: actor.id, at: now }, reviewState: 'new' }
  return { pending: null, reviewState: 'in-force' }
}

/**
 * An editor's save of a record nobody has approved yet: nothing of it is public, so the save
 * writes as sent, and the record (again) waits for a reviewer, as this editor's.
 */
export function resubmitNewRecord(actor: Actor, now: string): PendingChange | null {
  return actor && !mayPublish(actor) ? { changes: {}, added: true, by: actor.id, at: now } : null
}

/** What a reviewer's decision on a pending change writes, beside the changes it makes take effect. */
export function decided(pending: PendingChange, decision: PendingDecision): { pendingChange: null; reviewState: ReviewState } {
  if (pending.added) return { pendingChange: null, reviewState: decision === 'approve' ? 'in-force' : 'new-returned' }
  return { pendingChange: null, reviewState: 'in-force' }
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
