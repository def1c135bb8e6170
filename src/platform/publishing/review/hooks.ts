import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { refusal } from '@/platform/errors/refusal'
import { applyChangeNote, type StoredChangeNote } from '@/platform/publishing/rules/change-notes'
import { decideReview, mayPublish, REVIEW_MESSAGES, type ReviewFlags } from '@/platform/publishing/rules/review-rule'
import { actorOf, saveKindOf } from './save-kind'
import { cancelScheduledPublications } from './scheduled-jobs'

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : (value as string | number | null | undefined)

/**
 * Refuses an editor's publication before Payload's access check, so the answer is a clear message
 * rather than a bare 403 (the access function in ./access.ts stays the guard and hides the
 * publish button).
 */
export const refuseEditorPublishing: CollectionBeforeOperationHook = ({ args, operation }) => {
  if ((operation === 'create' || operation === 'update') && (args.data as { _status?: string } | undefined)?._status === 'published') {
    const actor = actorOf(args.req)
    if (!mayPublish(actor)) throw refusal(REVIEW_MESSAGES.publishNeedsReviewer, 403)
  }
  return args
}

const SERVER_OWNED = ['lastEditedBy', 'lastEditedAt', 'approvedBy', 'approvedAt', 'awaitingReview', 'forcedBy', 'forcePublishReason'] as const

/**
 * The reviewer rule and change notes on every save (admin, REST, GraphQL, local API, scheduled
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

  const decision = decideReview({
    kind,
    actor,
    state: { lastEditedBy: idOf(stored.lastEditedBy), awaitingReview: stored.awaitingReview, forcedBy: idOf(stored.forcedBy) },
    isNew: operation === 'create',
    forceReason: actor?.roles.includes('admin') ? data.forcePublishReason : null,
    now,
  })
  if (!decision.allowed) throw refusal(decision.message, decision.status)

  const notes = applyChangeNote({
    previous: stored.changeNotes as StoredChangeNote[] | undefined,
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

  if (kind === 'draft' && actor && operation === 'update' && originalDoc?.id != null) {
    await cancelScheduledPublications(req, collection.slug, originalDoc.id)
  }
  return next
}
