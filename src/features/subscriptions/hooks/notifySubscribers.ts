import type { CollectionAfterChangeHook } from 'payload'
import type { SubscriptionSection } from '@/features/subscriptions/rules/sections'
import { NOTIFY_SUBSCRIBERS_TASK } from '@/features/subscriptions/jobs/subscriptionTasks'

type QueueNotify = (args: { task: typeof NOTIFY_SUBSCRIBERS_TASK; input: { section: string; collection: string; id: string }; req: Parameters<CollectionAfterChangeHook>[0]['req'] }) => Promise<unknown>

/**
 * A published save (or, for a collection without drafts, a new document) queues the
 * `notifySubscribers` task in the same transaction: the editor never waits on the mailing, and a
 * save that rolls back mails nothing. The task mails each page only on its first publication.
 * `context.skipSubscriptions` skips (bulk imports).
 */
export const notifySubscribers =
  (section: SubscriptionSection): CollectionAfterChangeHook =>
  async ({ doc, req, operation, collection, context }) => {
    if (context?.skipSubscriptions) return doc
    const published = collection.versions?.drafts ? doc._status === 'published' : operation === 'create'
    if (!published) return doc
    const queue = req.payload.jobs.queue as unknown as QueueNotify
    await queue({ task: NOTIFY_SUBSCRIBERS_TASK, input: { section, collection: collection.slug, id: String(doc.id) }, req })
    return doc
  }
