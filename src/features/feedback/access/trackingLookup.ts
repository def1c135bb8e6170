import type { Access, Where } from 'payload'
import { hasRole } from '@/platform/access/roles'

export const TRACKING_LOOKUP = 'trackingLookup'
export const IDEMPOTENCY_LOOKUP = 'idempotencyLookup'
export type TrackingLookup = { code: string; keyHash: string }

/**
 * Handlers read every message. A resident reads exactly one: the message whose tracking code
 * AND access-key hash match what they typed, or (for a retried form post) whose idempotency
 * token is the one their own form carried. The database does the matching.
 */
export const handlerOrTrackingLookup: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'handler')) return true
  const lookup = req.context?.[TRACKING_LOOKUP] as TrackingLookup | undefined
  if (lookup?.code && lookup.keyHash) {
    const match: Where = { and: [{ trackingCode: { equals: lookup.code } }, { accessKeyHash: { equals: lookup.keyHash } }] }
    return match
  }
  const token = req.context?.[IDEMPOTENCY_LOOKUP]
  if (typeof token === 'string' && token.length >= 32) return { idempotencyToken: { equals: token } }
  return false
}

/**
 * The tracking page's rating and reopening forms: the resident proves the message is theirs with
 * the same code and key, and may then change the few fields whose access allows it.
 */
export const RESIDENT_FOLLOW_UP = 'residentFollowUp'

export const isResidentFollowUp = (req: { context?: Record<string, unknown> }) => {
  const lookup = req.context?.[RESIDENT_FOLLOW_UP] as TrackingLookup | undefined
  return Boolean(lookup?.code && lookup.keyHash)
}

export const handlerOrResidentFollowUp: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'handler')) return true
  const lookup = req.context?.[RESIDENT_FOLLOW_UP] as TrackingLookup | undefined
  if (!lookup?.code || !lookup.keyHash) return false
  const match: Where = { and: [{ trackingCode: { equals: lookup.code } }, { accessKeyHash: { equals: lookup.keyHash } }] }
  return match
}
