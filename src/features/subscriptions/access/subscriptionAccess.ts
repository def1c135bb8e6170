import type { Access, PayloadRequest, Where } from 'payload'
import { hasRole } from '@/platform/access/roles'

/**
 * The subscribe form (a server action of ours) marks its request context to create a request;
 * a link's verified token marks it with the one subscription it names. REST and GraphQL callers
 * cannot set a request context. Administrators see the list (addresses only).
 */
export const SUBSCRIBE_FORM = 'subscribeForm'
export const SUBSCRIPTION_LINK = 'subscriptionLink'
/** The address the subscribe form was given: the form may find and refresh that one row only. */
export const SUBSCRIBE_ADDRESS = 'subscribeAddress'

export const isSubscribeForm = (req: PayloadRequest) => req.context?.[SUBSCRIBE_FORM] === true

export const subscribeFormOrAdmin: Access = ({ req }) => isSubscribeForm(req) || hasRole(req.user, 'admin')

/** The one subscription a link names (its id and current version) or the form's address; all for administrators. */
export const linkHolderOrAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const address = req.context?.[SUBSCRIBE_ADDRESS]
  if (isSubscribeForm(req) && typeof address === 'string' && address) {
    const byAddress: Where = { email: { equals: address } }
    return byAddress
  }
  const link = req.context?.[SUBSCRIPTION_LINK] as { id: string; version: number } | undefined
  if (!link) return false
  const match: Where = { and: [{ id: { equals: link.id } }, { tokenVersion: { equals: link.version } }] }
  return match
}
