import { lexicalPlainText, type LexicalState } from '@/platform/content/rules/lexical-text'
import type { SearchType } from '@/features/search/rules'

export type IndexedCollection = 'service-guides' | 'policy-notices' | 'outreach-articles' | 'events' | 'health-topics' | 'service-stations' | 'consultations' | 'published-replies'

type Doc = Record<string, any>
export type SearchSource = {
  type: SearchType
  /** Whether the collection has drafts: then only the published version is indexed. */
  drafts: boolean
  url: (doc: Doc) => string | null
  title: (doc: Doc) => string
  text: (doc: Doc) => string
  publishedAt: (doc: Doc) => string | null
}

const join = (...parts: unknown[]) => parts.filter((part) => typeof part === 'string' && part.trim()).join('\n')
const lexical = (value: unknown) => lexicalPlainText(value as LexicalState)
const bySlug = (prefix: string) => (doc: Doc) => (doc.slug ? `${prefix}/${doc.slug}` : null)

/** What each collection contributes to the index: the text a visitor reads on its page. */
export const SEARCH_SOURCES: Record<IndexedCollection, SearchSource> = {
  'service-guides': {
    type: 'guide',
    drafts: true,
    url: bySlug('/guides'),
    title: (doc) => doc.title ?? '',
    text: (doc) =>
      join(
        doc.summary,
        doc.audience,
        ...(doc.conditions ?? []).map((item: Doc) => item.text),
        ...(doc.materials ?? []).flatMap((item: Doc) => [item.name, item.note]),
        ...(doc.steps ?? []).flatMap((item: Doc) => [item.title, item.detail]),
        ...(doc.faq ?? []).flatMap((item: Doc) => [item.question, item.answer]),
      ),
    publishedAt: (doc) => doc.updatedAt ?? null,
  },
  'policy-notices': {
    type: 'policy',
    drafts: true,
    url: bySlug('/policies'),
    title: (doc) => doc.title ?? '',
    text: (doc) => doc.searchText ?? join(doc.documentNumber, lexical(doc.body)),
    publishedAt: (doc) => doc.datePublished ?? null,
  },
  'outreach-articles': {
    type: 'outreach',
    drafts: true,
    url: bySlug('/outreach'),
    title: (doc) => doc.title ?? '',
    text: (doc) => join(doc.summary, lexical(doc.body)),
    publishedAt: (doc) => doc.publishedAt ?? null,
  },
  events: {
    type: 'event',
    drafts: true,
    url: bySlug('/events'),
    title: (doc) => doc.title ?? '',
    text: (doc) => join(doc.summary, doc.place, lexical(doc.description)),
    publishedAt: (doc) => doc.startsAt ?? null,
  },
  'health-topics': {
    type: 'health',
    drafts: true,
    url: bySlug('/health'),
    title: (doc) => doc.title ?? '',
    text: (doc) =>
      join(
        doc.summary,
        ...(doc.keyFacts ?? []).map((item: Doc) => item.fact),
        ...(doc.sections ?? []).flatMap((section: Doc) => [section.heading, lexical(section.body)]),
        ...(doc.faq ?? []).flatMap((item: Doc) => [item.question, item.answer]),
      ),
    publishedAt: (doc) => doc.lastReviewedAt ?? doc.updatedAt ?? null,
  },
  'service-stations': {
    type: 'station',
    drafts: true,
    url: (doc) => (doc.key ? `/stations/${doc.key}` : null),
    title: (doc) => doc.name ?? '',
    text: (doc) => join(doc.searchText, doc.accessibility, ...(doc.services ?? []).map((service: Doc) => service?.name)),
    publishedAt: (doc) => doc.lastVerifiedAt ?? null,
  },
  consultations: {
    type: 'consultation',
    drafts: true,
    url: bySlug('/consultations'),
    title: (doc) => doc.title ?? '',
    text: (doc) =>
      join(
        doc.summary,
        doc.department,
        lexical(doc.draftText),
        ...(doc.questions ?? []).map((item: Doc) => item.question),
        doc.outcome?.summary,
        ...(doc.outcome?.points ?? []).flatMap((item: Doc) => [item.point, item.reason]),
      ),
    publishedAt: (doc) => doc.opensOn ?? null,
  },
  'published-replies': {
    type: 'reply',
    drafts: false,
    // A question about a notice is read under that notice; other replies on the board.
    url: (doc) => (doc.noticeSlug ? `/policies/${doc.noticeSlug}#question-${doc.id}` : `/feedback/replies#reply-${doc.id}`),
    title: (doc) => doc.subject ?? '',
    text: (doc) => join(doc.question, doc.answer, doc.department),
    publishedAt: (doc) => doc.repliedAt ?? null,
  },
}

export const INDEXED_COLLECTIONS = Object.keys(SEARCH_SOURCES) as IndexedCollection[]
