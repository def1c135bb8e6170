import type { Payload } from 'payload'
import { TRACKING_LOOKUP, type TrackingLookup } from '@/features/feedback/access/trackingLookup'
import { hashAccessKey, normaliseTrackingCode } from '@/features/feedback/rules/intake'

/** One answer for a wrong code and a wrong key alike, so neither can be probed. */
export const NOT_FOUND = '查询码或查询密码不正确，请核对后再试。'

/** The resident's proof that a message is theirs, as the access rules read it; null if malformed. */
export function trackingProof(code: unknown, key: unknown): TrackingLookup | null {
  const trackingCode = typeof code === 'string' ? normaliseTrackingCode(code) : undefined
  const accessKey = typeof key === 'string' ? key.trim() : ''
  if (!trackingCode || accessKey.length < 20 || accessKey.length > 64) return null
  return { code: trackingCode, keyHash: hashAccessKey(accessKey) }
}

/** What the tracking page shows: public steps and the reply, never contact details or notes. */
export async function trackFeedback(payload: Payload, code: unknown, key: unknown) {
  const proof = trackingProof(code, key)
  if (!proof) return { ok: false as const, message: NOT_FOUND }
  const found = await payload.find({
    collection: 'feedback',
    where: { trackingCode: { equals: proof.code } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: null,
    context: { [TRACKING_LOOKUP]: proof },
    select: {
      trackingCode: true, kind: true, subject: true, status: true, timeline: true, reply: true, repliedAt: true, replyDepartment: true, createdAt: true,
      dueAt: true, replyDueAt: true, declineReason: true, transferredTo: true, transferReason: true, rating: true, ratedAt: true, reopenCount: true,
      anonymisedAt: true, mergedAt: true,
    },
  })
  const message = found.docs[0]
  return message ? { ok: true as const, message } : { ok: false as const, message: NOT_FOUND }
}
