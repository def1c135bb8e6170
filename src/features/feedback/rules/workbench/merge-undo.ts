import { currentDueAt } from '@/features/feedback/rules/handling/deadlines'
import type { HandlingStatus } from '@/features/feedback/rules/handling/statuses'

/** What a message was just before it was merged, kept so that 撤销合并 can put it back. */
export type BeforeMerge = { status: 'received' | 'accepted'; timelineSteps: number }

export type MergeUndoCase = {
  viewer: { id: string; roles: readonly string[] } | null
  /** The message that was merged into another. */
  merged: { status: string; mergedInto: string; mergedBy: string }
  /** The message it was merged into (the one whose reply answers both). */
  into: { status: string; handlerId: string }
}

export type MergeUndoVerdict = { ok: true } | { ok: false; message: string; forbidden: boolean }

/** Once the message merged into is answered, the merged one has had that answer too. */
const ANSWERED = new Set(['replied', 'closed'])

export const MERGE_UNDO_REASON_MAX = 500

/**
 * Who may take a merge back, and while when (撤销合并): whoever merged it, the handler of the
 * message it went into, or an administrator; only while that message is unanswered and the merged
 * one still waits for it. Who is asked first, so that an outsider learns nothing of the state.
 */
export function mergeUndoVerdict({ viewer, merged, into }: MergeUndoCase): MergeUndoVerdict {
  const roles = viewer?.roles ?? []
  if (!viewer || !roles.some((role) => role === 'admin' || role === 'handler')) return { ok: false, forbidden: true, message: '只有留言办理员和管理员可以办理留言。' }
  if (!merged.mergedInto) return { ok: false, forbidden: false, message: '这条留言没有并入其他留言' }
  const involved = viewer.id === merged.mergedBy || (into.handlerId !== '' && viewer.id === into.handlerId)
  if (!roles.includes('admin') && !involved) {
    return { ok: false, forbidden: true, message: '只有合并这条留言的工作人员、所并入留言的承办人或管理员可以撤销合并' }
  }
  if (ANSWERED.has(into.status)) return { ok: false, forbidden: false, message: '所并入的留言已经答复，不能再撤销合并' }
  if (merged.status !== 'accepted') return { ok: false, forbidden: false, message: '这条留言合并后已另行办理，不能撤销合并' }
  return { ok: true }
}

/** The reason staff give for taking a merge back (kept in the notes and the audit log). */
export function mergeUndoReason(value: unknown): { ok: true; reason: string } | { ok: false; message: string } {
  const reason = typeof value === 'string' ? value.trim() : ''
  if (!reason) return { ok: false, message: '请填写撤销合并的理由' }
  if (reason.length > MERGE_UNDO_REASON_MAX) return { ok: false, message: `撤销合并的理由请不超过 ${MERGE_UNDO_REASON_MAX} 字` }
  return { ok: true, reason }
}

type Step = { status: string; at: string }

/** What a message kept just before its merge: its status, and how many public steps it had. */
export function beforeMergeOf(doc: { status?: unknown; timeline?: unknown[] | null }): BeforeMerge {
  return { status: doc.status === 'received' ? 'received' : 'accepted', timelineSteps: doc.timeline?.length ?? 0 }
}

/**
 * The handling fields of a merged message put back as they were before the merge: its status
 * (已收到 again if the merge accepted it), the public steps it had, and the deadline of that status.
 * Without a record (merged before one was kept) the message stays as it is.
 */
export function restoredBeforeMerge(
  before: Partial<BeforeMerge> | null | undefined,
  doc: { status: HandlingStatus; timeline?: Step[] | null; acceptanceDueAt?: string | null; replyDueAt?: string | null },
): { status: HandlingStatus; timeline: Step[]; dueAt: string | null } {
  const steps = (doc.timeline ?? []).map(({ status, at }) => ({ status, at }))
  const status: HandlingStatus = before?.status === 'received' || before?.status === 'accepted' ? before.status : doc.status
  const kept = typeof before?.timelineSteps === 'number' && before.timelineSteps > 0 ? steps.slice(0, before.timelineSteps) : steps
  const due = currentDueAt(status, {
    acceptanceDueAt: doc.acceptanceDueAt ? new Date(doc.acceptanceDueAt) : null,
    replyDueAt: doc.replyDueAt ? new Date(doc.replyDueAt) : null,
  })
  return { status, timeline: kept, dueAt: due ? due.toISOString() : null }
}
