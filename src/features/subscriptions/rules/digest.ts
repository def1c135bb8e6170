import { wantsItem, type PublishedItem, type SubscriberInterest } from './matching'

const DAY_MS = 24 * 60 * 60_000
export const DIGEST_PERIOD_MS = 7 * DAY_MS
/** The job runs hourly; a digest sent at 08:03 last week is due again from 08:00 this week. */
const DIGEST_SLACK_MS = 60 * 60_000
/** At most this many items in one digest; the rest are one link away on the section's list. */
export const DIGEST_MAX_ITEMS = 30
/** A request never confirmed is forgotten after this long (the address was never ours to keep). */
export const PENDING_LIFETIME_MS = 7 * DAY_MS

export type DigestSubscriber = SubscriberInterest & {
  frequency: string
  status: string
  confirmedAt?: string | null
  lastDigestAt?: string | null
}

/** Since when a subscriber's next digest counts: the last digest, else confirmation, at most a week. */
export function digestSince(subscriber: DigestSubscriber, now: Date): Date {
  const weekAgo = now.getTime() - DIGEST_PERIOD_MS
  const from = subscriber.lastDigestAt ?? subscriber.confirmedAt
  const fromTime = from ? new Date(from).getTime() : weekAgo
  return new Date(Math.max(weekAgo, Number.isFinite(fromTime) ? fromTime : weekAgo))
}

/** A confirmed weekly subscriber whose last digest (or confirmation) is a week old. */
export function isDigestDue(subscriber: DigestSubscriber, now: Date): boolean {
  if (subscriber.status !== 'confirmed' || subscriber.frequency !== 'weekly') return false
  const from = subscriber.lastDigestAt ?? subscriber.confirmedAt
  if (!from) return true
  return now.getTime() - new Date(from).getTime() >= DIGEST_PERIOD_MS - DIGEST_SLACK_MS
}

/** The items of one digest: wanted, published in (since, now], newest first, capped. */
export function digestItems(subscriber: DigestSubscriber, items: readonly PublishedItem[], now: Date): PublishedItem[] {
  const since = digestSince(subscriber, now).getTime()
  return items
    .filter((item) => {
      const at = new Date(item.publishedAt).getTime()
      return at > since && at <= now.getTime() && wantsItem(subscriber, item)
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, DIGEST_MAX_ITEMS)
}

export const isStalePending = (subscriber: { status: string; createdAt: string }, now: Date) =>
  subscriber.status === 'pending' && now.getTime() - new Date(subscriber.createdAt).getTime() > PENDING_LIFETIME_MS
