import type { CollectionBeforeChangeHook } from 'payload'
import { refusal } from '@/platform/errors/refusal'
import { isDeskState, stateAfterEdit, type DeskState } from '@/platform/publishing/rules/desk'
import { actorOf, saveKindOf } from '@/platform/publishing/review/save-kind'
import { DESK_OWNED } from './fields'
import { cancelScheduledPublications } from './scheduled-publication'
import { deskStepOf } from './step-context'

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : (value as string | number | null | undefined)

export const EMPTY_DRAFT = '请先填写标题再保存：空白草稿不会保存。'

/**
 * The desk's record on every save: a desk step writes the state it decided (./take-desk-action.ts);
 * any other save keeps the record as stored, except that a person's edit makes the text a new draft
 * (an approval or a schedule covered the text as it was) and the system's own publication
 * (seed, an operator's import) is recorded as published. Nobody creates an untitled draft.
 */
export const keepDeskRecord: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, operation, originalDoc, req } = args
  const step = deskStepOf(req, collection.slug, originalDoc?.id)
  if (step) return { ...data, ...step.data }

  const actor = actorOf(req)
  const titleField = collection.admin?.useAsTitle ?? 'title'
  if (operation === 'create' && actor && !String(data[titleField] ?? '').trim()) throw refusal(EMPTY_DRAFT, 400)

  const stored = operation === 'update' ? (originalDoc ?? {}) : {}
  const next: Record<string, unknown> = { ...data }
  for (const field of DESK_OWNED) next[field] = idOf(stored[field]) ?? null
  const current: DeskState = isDeskState(stored.deskState) ? stored.deskState : 'draft'
  const kind = await saveKindOf(args)
  if (kind === 'publish') next.deskState = (data.withdrawal as { withdrawn?: boolean } | undefined)?.withdrawn ? 'withdrawn' : 'published'
  else if (kind === 'unpublish') next.deskState = 'unpublished'
  else next.deskState = actor ? stateAfterEdit(current) : current

  if (next.deskState !== 'scheduled') {
    next.scheduledAt = null
    next.scheduledBy = null
    if (current === 'scheduled' && originalDoc?.id != null) await cancelScheduledPublications(req, collection.slug, originalDoc.id)
  }
  return next
}
