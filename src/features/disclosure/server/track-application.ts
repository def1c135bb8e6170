import type { Payload } from 'payload'
import { NOT_FOUND, TRACKING_LOOKUP } from '@/features/feedback'
import { hashAccessKey, normaliseTrackingCode } from '@/features/feedback/rules/intake'

/** The applicant's own application, found by code and key as the access rules check them; null otherwise. */
export async function findOwnApplication(payload: Payload, code: unknown, key: unknown) {
  const trackingCode = typeof code === 'string' ? normaliseTrackingCode(code, 'GK') : undefined
  const accessKey = typeof key === 'string' ? key.trim() : ''
  if (!trackingCode || accessKey.length < 20 || accessKey.length > 64) return null
  const found = await payload.find({
    collection: 'disclosure-applications',
    where: { trackingCode: { equals: trackingCode } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: null,
    context: { [TRACKING_LOOKUP]: { code: trackingCode, keyHash: hashAccessKey(accessKey) } },
    select: { trackingCode: true, status: true, receivedAt: true, answerDueDay: true, timeline: true, corrections: true, extension: true, answer: true, anonymisedAt: true },
  })
  return found.docs[0] ?? null
}

/** The stored letter of an answered application (read by the server once the applicant proved it is theirs). */
export async function storedLetter(payload: Payload, id: string | number): Promise<string | undefined> {
  const doc = await payload.findByID({ collection: 'disclosure-applications', id, depth: 0, overrideAccess: true, select: { letter: true } })
  return doc.letter ?? undefined
}

export { NOT_FOUND }
