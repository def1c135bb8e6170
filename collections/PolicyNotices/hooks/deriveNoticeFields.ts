import type { CollectionBeforeChangeHook } from 'payload'
import { lexicalPlainText, type LexicalState } from '@/platform/content/rules/lexical-text'
import { noticeSlug, SLUG_PATTERN } from '@/features/policies/rules/notice-slug'
import { refusal } from '@/platform/errors/refusal'

/** Fields computed from what staff entered: year, a stable slug, search text, publication date. */
export const deriveNoticeFields: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const year = new Date(data.dateWritten ?? originalDoc?.dateWritten ?? Date.now()).getFullYear()
  const slug =
    data.slug ||
    originalDoc?.slug ||
    noticeSlug({ documentNumber: data.documentNumber, year, sequence: data.indexSequence ?? originalDoc?.indexSequence ?? 0 })
  if (!SLUG_PATTERN.test(slug)) {
    throw refusal('网址名只能包含小写字母、数字和连字符，例如 chengbanfa-2004-5。')
  }
  const searchText = [
    data.title,
    data.documentNumber,
    data.issuingAuthority,
    ...(data.keywords ?? []),
    lexicalPlainText(data.body as LexicalState),
  ]
    .filter(Boolean)
    .join('\n')
  const publishing = data._status === 'published'
  return {
    ...data,
    year,
    slug,
    searchText,
    datePublished: data.datePublished ?? (publishing ? new Date().toISOString() : undefined),
  }
}
