import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { wantsItem } from '@/features/subscriptions/rules/matching'
import { isSubscriptionSection } from '@/features/subscriptions/rules/sections'
import { subscriptionUpdate } from '@/features/subscriptions/email/subscriptionUpdate'
import { serverUrl } from '@/platform/site-shell/server-url'
import { describeItem } from './published-item'
import { queuePaced } from './paced-outbox'
import { manageUrl, tokenOf, unsubscribeHeaders } from './subscription-links'

export type NotifyInput = { section: string; collection: string; id: string }

/**
 * Run by the `notifySubscribers` task after a page is published (queued in the publishing save's
 * transaction): records the page once in `subscription-updates` (a republished page is not mailed
 * again) and mails it to confirmed subscribers who want it immediately, at the mailing pace.
 * Acts as the system (overrideAccess), in the job's request.
 */
export async function notifyPublished(payload: Payload, req: PayloadRequest, input: NotifyInput): Promise<{ sent: number }> {
  if (!isSubscriptionSection(input.section)) return { sent: 0 }
  const item = `${input.collection}:${input.id}`
  const already = await payload.count({ collection: 'subscription-updates', where: { item: { equals: item } }, overrideAccess: true, req })
  if (already.totalDocs > 0) return { sent: 0 }
  const doc = await payload
    .findByID({ collection: input.collection as CollectionSlug, id: input.id, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req })
    .catch(() => null)
  if (!doc || ('_status' in doc && doc._status !== 'published')) return { sent: 0 }
  const published = describeItem(input.section, doc as unknown as Parameters<typeof describeItem>[1])

  const wanted: Where[] = [{ sections: { in: [published.section] } }]
  if (published.section === 'policies' && published.topic) wanted.push({ topics: { in: [published.topic] } })
  const subscribers = await payload.find({
    collection: 'email-subscriptions',
    where: { and: [{ status: { equals: 'confirmed' } }, { frequency: { equals: 'immediate' } }, { or: wanted }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const recipients = subscribers.docs.filter((subscriber) => wantsItem({ sections: subscriber.sections ?? [], topics: subscriber.topics ?? [] }, published))
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  await queuePaced(
    payload,
    req,
    recipients.map((subscriber) => {
      const token = tokenOf(subscriber)
      const message = subscriptionUpdate({ siteName: settings.siteName, siteUrl: serverUrl(), manageUrl: manageUrl(token), items: [published], digest: false })
      return { to: subscriber.email, ...message, kind: 'subscription-update', headers: unsubscribeHeaders(token) }
    }),
  )
  await payload.create({
    collection: 'subscription-updates',
    data: { item, ...published, immediateRecipients: recipients.length },
    overrideAccess: true,
    req,
  })
  return { sent: recipients.length }
}
