import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { refusal } from '@/platform/errors/refusal'
import { applyChangeNote, type StoredChangeNote } from '@/platform/publishing/rules/change-notes'
import { decideReview, mayPublish, REVIEW_MESSAGES, type ReviewFlags } from '@/platform/publishing/rules/review-rule'
import { actorOf, saveKindOf } from './save-kind'
import { deskStepOf } from '@/platform/publishing/desk/step-context'

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : (value as string | number | null | undefined)

export const DESK_ONLY = '发布、撤回和取消发布请使用审核台的按钮（提交审核 → 审核通过 → 发布）：直接保存为“已发布”不会生效。'

/**
 * Refuses a person's publication outside the desk before Payload's access check, so the answer
 * is a clear message rather than a bare 403 (the access function in ./access.ts stays the guard
 * and hides Payload's own publish button).
 */
export const refuseEditorPublishing: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if ((operation === 'create' || operation === 'update') && (args.data as { _status?: string } | undefined)?._status === 'published') {
    const actor = actorOf(args.req)
    if (!mayPublish(actor)) throw refusal(REVIEW_MESSAGES.publishNeedsReviewer, 403)
    if (actor && !deskStepOf(args.req, collection.slug, (args as { id?: unknown }).id)) throw refusal(DESK_ONLY, 403)
  }
  return args
}

const SERVER_OWNED = ['lastEditedBy', 'lastEditedAt', 'approvedBy', 'approvedAt', 'awaitingReview', 'forcedBy', 'forcePublishReason'] as const

/**
 * The approval record and change notes on every save (admin, REST, GraphQL, local API, scheduled
 * jobs). The workflow fields are always set here from the stored document and the decision in
 * src/platform/publishing/rules, whatever the request sent. The system (no user: seed, operator scripts)
 * may publish; it records no approval.
 */
export const applyReviewRule: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, operation, originalDoc, req } = args
  const kind = await saveKindOf(args)
  const actor = actorOf(req)
  const now = new Date().toISOString()
  const stored = operation === 'update' ? (originalDoc ?? {}) : {}

  // A desk step was judged by the desk's state machine and brings its own approval record.
  const step = deskStepOf(req, collection.slug, originalDoc?.id)
  if (!step && actor && kind !== 'draft') {
    throw refusal(kind === 'publish' && !mayPublish(actor) ? REVIEW_MESSAGES.publishNeedsReviewer : DESK_ONLY, 403)
  }
  const decision: ReturnType<typeof decideReview> = step ? { allowed: true, flags: step.reviewFlags } : decideReview({
    kind,
    actor,
    state: { lastEditedBy: idOf(stored.lastEditedBy), awaitingReview: stored.awaitingReview, forcedBy: idOf(stored.forcedBy) },
    isNew: operation === 'create',
    forceReason: actor?.roles.includes('admin') ? data.forcePublishReason : null,
    now,
  })
  if (!decision.allowed) throw refusal(decision.message, decision.status)

  // Staff add notes only through 本次修改; the system (seed, operator scripts) may record dated notes of its own.
  const previous = (actor ? stored.changeNotes : (data.changeNotes ?? stored.changeNotes)) as StoredChangeNote[] | undefined
  const notes = applyChangeNote({
    previous,
    changeKind: data.changeKind,
    changeNote: data.changeNote,
    publishing: kind === 'publish',
    now,
  })
  if (!notes.ok) throw refusal(notes.message, 400)

  const next: Record<string, unknown> = { ...data, changeNotes: notes.notes, changeKind: notes.changeKind, changeNote: notes.changeNote }
  for (const field of SERVER_OWNED) next[field] = field === 'awaitingReview' ? Boolean(stored[field]) : (idOf(stored[field]) ?? null)
  // An administrator's reason typed into a draft is kept until they publish.
  if (kind === 'draft' && actor?.roles.includes('admin') && data.forcePublishReason !== undefined) {
    next.forcePublishReason = data.forcePublishReason || null
  }
  Object.assign(next, decision.flags satisfies ReviewFlags)
  return next
}
