import type { PublishedItem } from '@/features/subscriptions/rules/matching'
import type { SubscriptionSection } from '@/features/subscriptions/rules/sections'
import { beijingDate } from '@/platform/site-shell/rules/structured-data'

type Doc = Record<string, unknown> & { id: number | string }

const text = (value: unknown) => (typeof value === 'string' && value ? value : null)
const when = (...values: unknown[]) => values.map(text).find(Boolean) ?? new Date().toISOString()
const day = (value: unknown) => (text(value) ? beijingDate(value as string) : '')

/**
 * How a published document of each section appears in the e-mails (title, page, topic, summary,
 * date). One entry per section of SUBSCRIPTION_SECTIONS.
 */
export const DESCRIBE_ITEM: Record<SubscriptionSection, (doc: Doc) => Omit<PublishedItem, 'section'>> = {
  policies: (doc) => ({
    title: String(doc.title),
    path: `/policies/${doc.slug}`,
    topic: text(doc.topic),
    summary: text(doc.documentNumber),
    publishedAt: when(doc.datePublished, doc.updatedAt),
  }),
  outreach: (doc) => ({ title: String(doc.title), path: `/outreach/${doc.slug}`, summary: text(doc.summary), publishedAt: when(doc.publishedAt, doc.updatedAt) }),
  events: (doc) => ({ title: String(doc.title), path: `/events/${doc.slug}`, summary: text(doc.summary), publishedAt: when(doc.updatedAt) }),
  health: (doc) => ({ title: String(doc.title), path: `/health/${doc.slug}`, summary: text(doc.summary), publishedAt: when(doc.updatedAt) }),
  replies: (doc) => ({ title: String(doc.subject), path: `/feedback/replies#reply-${doc.id}`, publishedAt: when(doc.createdAt, doc.repliedAt) }),
  // The period first: the e-mail shortens a long summary, never the dates.
  consultations: (doc) => ({
    title: String(doc.title),
    path: `/consultations/${doc.slug}`,
    summary: `征求意见时间：${day(doc.opensOn)} 至 ${day(doc.closesOn)}。${text(doc.summary) ?? ''}`,
    publishedAt: when(doc.updatedAt),
  }),
}

export const describeItem = (section: SubscriptionSection, doc: Doc): PublishedItem => ({ section, ...DESCRIBE_ITEM[section](doc) })
