import type { Payload } from 'payload'
import { RESIDENT_FOLLOW_UP, TRACKING_LOOKUP } from '@/features/feedback/access/trackingLookup'
import { isRating } from '@/features/feedback/rules/handling'
import { NOT_FOUND, trackingProof } from './track-feedback'

export type FollowUpResult = { ok: true; notice: string } | { ok: false; message: string }

/**
 * The resident's two moves after a reply, on behalf of a visitor (overrideAccess: false, no user):
 * the request context carries the code and key hash, which the update access turns into a
 * database condition, and the collection hooks decide whether the move is allowed.
 */
async function residentUpdate(payload: Payload, code: unknown, key: unknown, data: Record<string, unknown>, notice: string): Promise<FollowUpResult> {
  const lookup = trackingProof(code, key)
  if (!lookup) return { ok: false, message: NOT_FOUND }
  const result = await payload.update({
    collection: 'feedback',
    where: { trackingCode: { equals: lookup.code } },
    data,
    depth: 0,
    overrideAccess: false,
    user: null,
    // Reading the message (to find it) and changing it are checked separately; both get the proof.
    context: { [TRACKING_LOOKUP]: lookup, [RESIDENT_FOLLOW_UP]: lookup },
  })
  if (result.errors.length > 0) return { ok: false, message: result.errors[0].message }
  if (result.docs.length === 0) return { ok: false, message: NOT_FOUND }
  return { ok: true, notice }
}

export function rateReply(payload: Payload, code: unknown, key: unknown, rating: unknown, comment: unknown) {
  if (!isRating(rating)) return Promise.resolve<FollowUpResult>({ ok: false, message: '请选择对答复的评价' })
  const ratingComment = typeof comment === 'string' ? comment.trim().slice(0, 500) : ''
  const notice = rating === 'unsatisfied' ? '已收到您的评价。如需重新办理，可点击下方“申请重新办理”。' : '感谢您的评价！'
  return residentUpdate(payload, code, key, { rating, ratingComment }, notice)
}

export function reopenMessage(payload: Payload, code: unknown, key: unknown) {
  return residentUpdate(payload, code, key, { status: 'assigned' }, '已为您申请重新办理，我们将在规定的工作日内再次答复。')
}
