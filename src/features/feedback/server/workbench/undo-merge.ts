import type { Payload } from 'payload'
import { statusLabel } from '@/features/feedback/rules/handling'
import { mergeUndoReason, mergeUndoVerdict, type MergeUndoCase } from '@/features/feedback/rules/workbench'
import { relationId } from '@/features/feedback/server/handling-state'
import { messageOf, type DeskOutcome } from './desk-actions'
import { MERGE_UNDO_CONTEXT, type MergeContext } from './merge-context'

type Staff = { id: number | string; collection?: string; roles?: unknown } | null | undefined
type Stored = { id: number | string; status: string; trackingCode: string; mergedInto?: unknown; mergedBy?: unknown; assignedTo?: unknown }

const viewerOf = (user: Staff): MergeUndoCase['viewer'] =>
  user && user.collection === 'users' && Array.isArray(user.roles) ? { id: String(user.id), roles: user.roles.map(String) } : null

const caseOf = (user: Staff, merged: Stored, into: Stored): MergeUndoCase => ({
  viewer: viewerOf(user),
  merged: { status: merged.status, mergedInto: relationId(merged.mergedInto), mergedBy: relationId(merged.mergedBy) },
  into: { status: into.status, handlerId: relationId(into.assignedTo) },
})

const read = (payload: Payload, user: Staff, id: string | number) =>
  payload.findByID({ collection: 'feedback', id, depth: 0, overrideAccess: false, user: user as never }).catch(() => null)

/**
 * 撤销合并: message `id` no longer waits for the one it was merged into. The rule decides who and
 * when; the save (stampMerge) puts back its status, public steps and deadline from before the
 * merge, in one transaction with the note, the audit entry and the e-mail to its resident.
 */
export async function undoMerge(payload: Payload, user: Staff, id: string | number, input: { reason?: unknown }): Promise<DeskOutcome> {
  const doc = await read(payload, user, id)
  if (!doc) return { ok: false, message: '找不到这条留言，或您无权办理', httpStatus: 404 }
  const intoId = relationId(doc.mergedInto)
  const into = intoId ? await read(payload, user, intoId) : null
  if (!intoId || !into) return { ok: false, message: '这条留言没有并入其他留言', httpStatus: 400 }
  const verdict = mergeUndoVerdict(caseOf(user, doc, into))
  if (!verdict.ok) return { ok: false, message: verdict.message, httpStatus: verdict.forbidden ? 403 : 400 }
  const reason = mergeUndoReason(input.reason)
  if (!reason.ok) return { ok: false, message: reason.message, httpStatus: 400 }
  try {
    const saved = await payload.update({
      collection: 'feedback',
      id,
      data: { internalNotes: [...(doc.internalNotes ?? []), { note: `撤销合并：不再并入留言 ${into.trackingCode}。理由：${reason.reason}` }] },
      depth: 0,
      overrideAccess: false,
      user: user as never,
      context: { [MERGE_UNDO_CONTEXT]: { id: String(doc.id), reason: reason.reason, intoCode: into.trackingCode } satisfies MergeContext },
    })
    return { ok: true, message: `留言 ${doc.trackingCode} 已撤销合并，恢复为“${statusLabel(saved.status)}”，单独办理`, status: saved.status }
  } catch (error) {
    return { ok: false, message: messageOf(error), httpStatus: 400 }
  }
}

export type MergeLink = { id: string; trackingCode: string; subject: string; mergedAt: string; mergedById: string; canUndo: boolean }
export type DeskMerges = { into: MergeLink | null; merged: MergeLink[] }

const MERGE_FIELDS = { trackingCode: true, subject: true, status: true, assignedTo: true, mergedInto: true, mergedBy: true, mergedAt: true } as const

/**
 * The desk's 合并办理 section: the message this one went into, or those merged into it, each
 * with whether the viewer may take that merge back now (the button shows only then).
 */
export async function deskMerges(payload: Payload, user: Staff, doc: Stored & { mergedAt?: string | null }): Promise<DeskMerges> {
  const intoId = relationId(doc.mergedInto)
  const [into, merged] = await Promise.all([
    intoId ? payload.findByID({ collection: 'feedback', id: intoId, depth: 0, select: MERGE_FIELDS, overrideAccess: false, user: user as never }).catch(() => null) : null,
    payload.find({ collection: 'feedback', where: { mergedInto: { equals: doc.id } }, depth: 0, limit: 100, sort: 'createdAt', select: MERGE_FIELDS, overrideAccess: false, user: user as never }),
  ])
  const link = (other: Stored & { subject: string }, merge: Stored & { mergedAt?: string | null }, target: Stored): MergeLink => ({
    id: String(other.id),
    trackingCode: other.trackingCode,
    subject: other.subject,
    mergedAt: merge.mergedAt ?? '',
    mergedById: relationId(merge.mergedBy),
    canUndo: mergeUndoVerdict(caseOf(user, merge, target)).ok,
  })
  return {
    into: into ? link(into, doc, into) : null,
    merged: merged.docs.map((other) => link(other, other, doc)),
  }
}
