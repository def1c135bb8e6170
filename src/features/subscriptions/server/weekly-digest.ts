import type { Payload, PayloadRequest } from 'payload'
import { DIGEST_PERIOD_MS, digestItems, isDigestDue, PENDING_LIFETIME_MS } from '@/features/subscriptions/rules/digest'
import type { PublishedItem } from '@/features/subscriptions/rules/matching'
import { isSubscriptionSection } from '@/features/subscriptions/rules/sections'
import { subscriptionUpdate } from '@/features/subscriptions/email/subscriptionUpdate'
import type { OutgoingEmail } from '@/platform/email/queue-email'
import { serverUrl } from '@/platform/site-shell/server-url'
import { queuePaced } from './paced-outbox'
import { manageUrl, tokenOf, unsubscribeHeaders } from './subscription-links'

/**
 * Run hourly by the `weeklySubscriptionDigest` task: each confirmed weekly subscriber whose last
 * digest is a week old gets one e-mail with what was published since (none when nothing was),
 * and requests never confirmed within 7 days are deleted. `now` is a parameter for tests.
 */
export async function sendWeeklyDigests(payload: Payload, req: PayloadRequest, now: Date = new Date()): Promise<{ sent: number; forgotten: number }> {
  const forgotten = await payload.delete({
    collection: 'email-subscriptions',
    where: { and: [{ status: { equals: 'pending' } }, { createdAt: { less_than: new Date(now.getTime() - PENDING_LIFETIME_MS).toISOString() } }] },
    overrideAccess: true,
    req,
  })
  const subscribers = await payload.find({
    collection: 'email-subscriptions',
    where: { and: [{ status: { equals: 'confirmed' } }, { frequency: { equals: 'weekly' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const due = subscribers.docs.filter((subscriber) => isDigestDue({ ...subscriber, sections: subscriber.sections ?? [], topics: subscriber.topics ?? [] }, now))
  if (due.length === 0) return { sent: 0, forgotten: forgotten.docs.length }
  const updates = await payload.find({
    collection: 'subscription-updates',
    where: { publishedAt: { greater_than: new Date(now.getTime() - DIGEST_PERIOD_MS).toISOString() } },
    sort: '-publishedAt',
    pagination: false,
    overrideAccess: true,
    req,
  })
  const items: PublishedItem[] = updates.docs.flatMap((update) =>
    isSubscriptionSection(update.section) ? [{ section: update.section, title: update.title, path: update.path, topic: update.topic, summary: update.summary, publishedAt: update.publishedAt }] : [],
  )
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const messages: OutgoingEmail[] = []
  for (const subscriber of due) {
    const chosen = digestItems({ ...subscriber, sections: subscriber.sections ?? [], topics: subscriber.topics ?? [] }, items, now)
    if (chosen.length > 0) {
      const token = tokenOf(subscriber)
      const message = subscriptionUpdate({ siteName: settings.siteName, siteUrl: serverUrl(), manageUrl: manageUrl(token), items: chosen, digest: true })
      messages.push({ to: subscriber.email, ...message, kind: 'subscription-digest', headers: unsubscribeHeaders(token) })
    }
    await payload.update({ collection: 'email-subscriptions', id: subscriber.id, data: { lastDigestAt: now.toISOString() }, overrideAccess: true, req })
  }
  // The pace follows the real clock, whatever `now` the rules were given.
  await queuePaced(payload, req, messages)
  return { sent: messages.length, forgotten: forgotten.docs.length }
}
