import type { SubscriptionSection } from './sections'

/** A published item as the e-mails see it. */
export type PublishedItem = {
  section: SubscriptionSection
  title: string
  path: string
  publishedAt: string
  /** 主题分类 of a policy notice. */
  topic?: string | null
  summary?: string | null
}

export type SubscriberInterest = { sections: readonly string[]; topics: readonly string[] }

/** A section chosen takes all of it; a policy topic chosen takes that topic's notices. */
export function wantsItem(subscriber: SubscriberInterest, item: Pick<PublishedItem, 'section' | 'topic'>): boolean {
  if (subscriber.sections.includes(item.section)) return true
  return item.section === 'policies' && Boolean(item.topic) && subscriber.topics.includes(item.topic as string)
}
