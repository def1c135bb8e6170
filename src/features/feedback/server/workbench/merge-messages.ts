import type { Payload } from 'payload'
import { takeDeskAction, type DeskOutcome } from './desk-actions'
import { relationId } from '@/features/feedback/server/handling-state'
import { beforeMergeOf } from '@/features/feedback/rules/workbench'
import { MERGE_CONTEXT, type MergeContext } from './merge-context'

type Staff = { id: number | string; collection?: string } | null | undefined

/** A message may take others in while it is still being worked on here. */
const CAN_TAKE_IN = new Set(['received', 'accepted', 'assigned'])

/**
 * Merges message `id` into `intoId` (合并办理): it is accepted if it was new, then waits for the
 * other's reply, which answers it too (collections/Feedback/hooks/answerMergedMessages.ts). Its
 * tracking code stays; its resident is told by e-mail and on the tracking page. It can be taken
 * back while that reply has not been sent (./undo-merge.ts).
 */
export async function mergeMessage(payload: Payload, user: Staff, id: string | number, intoId: string): Promise<DeskOutcome> {
  if (String(id) === String(intoId)) return { ok: false, message: '不能把留言并入它自己', httpStatus: 400 }
  const read = (which: string | number) =>
    payload.findByID({ collection: 'feedback', id: which, depth: 0, overrideAccess: false, user: user as never }).catch(() => null)
  const [doc, into] = await Promise.all([read(id), read(intoId)])
  if (!doc || !into) return { ok: false, message: '找不到这条留言，或您无权办理', httpStatus: 404 }
  if (relationId(doc.mergedInto)) return { ok: false, message: '这条留言已并入其他留言', httpStatus: 400 }
  if (relationId(into.mergedInto)) return { ok: false, message: '所选留言本身已并入其他留言，请并入那一条', httpStatus: 400 }
  if (!CAN_TAKE_IN.has(into.status)) return { ok: false, message: '所选留言已经答复或办结，不能再并入', httpStatus: 400 }
  if (doc.status !== 'received' && doc.status !== 'accepted') return { ok: false, message: '只有尚未交办的留言可以并入其他留言', httpStatus: 400 }
  if (doc.status === 'received') {
    const accepted = await takeDeskAction(payload, user, id, 'accept', {})
    if (!accepted.ok) return accepted
  }
  try {
    const fresh = await read(id)
    await payload.update({
      collection: 'feedback',
      id,
      data: {
        mergedInto: into.id,
        internalNotes: [...(fresh?.internalNotes ?? []), { note: `并入留言 ${into.trackingCode} 合并办理` }],
      },
      depth: 0,
      overrideAccess: false,
      user: user as never,
      // What it was before this merge's own 受理, for 撤销合并 (stampMerge keeps it).
      context: { [MERGE_CONTEXT]: { id: String(doc.id), before: beforeMergeOf(doc) } satisfies MergeContext },
    })
    return { ok: true, message: `留言 ${doc.trackingCode} 已并入 ${into.trackingCode}，答复时一并答复`, status: 'accepted' }
  } catch (error) {
    return { ok: false, message: error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : '合并未能完成，请刷新页面后重试', httpStatus: 400 }
  }
}
