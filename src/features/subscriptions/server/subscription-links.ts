import { signSubscriptionToken, readSubscriptionToken, type SubscriptionTokenClaims } from '@/features/subscriptions/rules/subscription-token'
import type { ListHeaders } from '@/platform/email/queue-email'
import { payloadSecret } from '@/platform/security/payload-secret'
import { serverUrl } from '@/platform/site-shell/server-url'

type Subscription = { id: number | string; tokenVersion?: number | null }

export const tokenOf = (subscription: Subscription) =>
  signSubscriptionToken(payloadSecret(), { id: String(subscription.id), version: subscription.tokenVersion ?? 0 })

export const claimsOf = (token: unknown): SubscriptionTokenClaims | null => readSubscriptionToken(payloadSecret(), token)

/** The page where the link's holder confirms, changes or ends the subscription (no account). */
export const manageUrl = (token: string) => `${serverUrl()}/subscriptions/manage?token=${encodeURIComponent(token)}`

/** RFC 8058: a POST here (body `List-Unsubscribe=One-Click`) unsubscribes at once. */
export const unsubscribeUrl = (token: string) => `${serverUrl()}/api/email-subscriptions/unsubscribe?token=${encodeURIComponent(token)}`

/** The headers of every subscription e-mail, confirmation included. */
export const unsubscribeHeaders = (token: string): ListHeaders => ({
  'List-Unsubscribe': `<${unsubscribeUrl(token)}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})
