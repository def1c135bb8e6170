import type { Payload, PayloadRequest } from 'payload'
import { sendTimes } from '@/features/subscriptions/rules/send-pace'
import { queueEmail, type OutgoingEmail } from '@/platform/email/queue-email'

/** Subscription mailings wait in their own queue, so their pace can be read from it. */
export const SUBSCRIPTION_MAIL_QUEUE = 'subscription-mail'

/** Send times already taken in the queue from this minute on (sent ones are deleted: see README). */
async function scheduledTimes(payload: Payload, req: PayloadRequest, now: Date): Promise<Date[]> {
  const minuteStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000)
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: SUBSCRIPTION_MAIL_QUEUE } }, { completedAt: { exists: false } }, { waitUntil: { greater_than_equal: minuteStart.toISOString() } }] },
    select: { waitUntil: true },
    pagination: false,
    overrideAccess: true,
    req,
  })
  return waiting.docs.flatMap((job) => (job.waitUntil ? [new Date(job.waitUntil)] : []))
}

/**
 * Queues a mailing at the settings' rate per minute (ParticipationSettings), each e-mail a job in
 * the outbox with the time it may leave: the worker sends them as their time comes.
 */
export async function queuePaced(payload: Payload, req: PayloadRequest, messages: OutgoingEmail[], now = new Date()): Promise<void> {
  if (messages.length === 0) return
  const settings = await payload.findGlobal({ slug: 'participation-settings', depth: 0, req })
  const times = sendTimes(messages.length, settings.subscriptionEmailsPerMinute ?? 30, now, await scheduledTimes(payload, req, now))
  for (const [i, message] of messages.entries()) {
    await queueEmail(req, { ...message, waitUntil: times[i], queue: SUBSCRIPTION_MAIL_QUEUE })
  }
}
