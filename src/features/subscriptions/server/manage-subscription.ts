import { createLocalReq, type Payload } from 'payload'
import { SUBSCRIPTION_LINK } from '@/features/subscriptions/access/subscriptionAccess'
import type { SubscriptionChoice } from '@/features/subscriptions/rules/subscription-choice'
import type { EmailSubscription } from '@/payload-types'
import { claimsOf } from './subscription-links'

export const LINK_NOT_VALID = '这个链接已失效：订阅可能已经退订，或者您后来又申请过一次（请使用最新一封邮件中的链接）。您可以重新订阅。'

/**
 * What a link's holder may do, as a visitor whose request context names the one subscription the
 * verified token points at (id and version: an older link finds nothing). Access does the matching.
 */
async function asLinkHolder(payload: Payload, token: unknown) {
  const claims = claimsOf(token)
  if (!claims) return null
  const req = await createLocalReq({ context: { [SUBSCRIPTION_LINK]: claims } }, payload)
  return { claims, options: { req, overrideAccess: false, user: null, depth: 0 } as const }
}

export async function findByLink(payload: Payload, token: unknown): Promise<EmailSubscription | null> {
  const holder = await asLinkHolder(payload, token)
  if (!holder) return null
  const found = await payload.find({ collection: 'email-subscriptions', where: { id: { equals: holder.claims.id } }, limit: 1, ...holder.options })
  return found.docs[0] ?? null
}

/** Double opt-in's second step; confirming twice changes nothing. */
export async function confirmByLink(payload: Payload, token: unknown): Promise<EmailSubscription | null> {
  const subscription = await findByLink(payload, token)
  const holder = await asLinkHolder(payload, token)
  if (!subscription || !holder) return null
  if (subscription.status === 'confirmed') return subscription
  return payload.update({ collection: 'email-subscriptions', id: subscription.id, data: { status: 'confirmed', confirmedAt: new Date().toISOString() }, ...holder.options })
}

export async function changeByLink(payload: Payload, token: unknown, choice: SubscriptionChoice): Promise<EmailSubscription | null> {
  const subscription = await findByLink(payload, token)
  const holder = await asLinkHolder(payload, token)
  if (!subscription || !holder) return null
  return payload.update({ collection: 'email-subscriptions', id: subscription.id, data: { ...choice }, ...holder.options })
}

/** Unsubscribing deletes the row: the address is not kept. True when something was deleted. */
export async function unsubscribeByLink(payload: Payload, token: unknown): Promise<boolean> {
  const holder = await asLinkHolder(payload, token)
  if (!holder) return false
  const result = await payload.delete({ collection: 'email-subscriptions', where: { id: { equals: holder.claims.id } }, ...holder.options })
  return result.docs.length > 0
}
