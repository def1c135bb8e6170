import type { CollectionBeforeChangeHook } from 'payload'

/** The date readers see: set when the article is first published, kept afterwards. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const publishedAt = data.publishedAt ?? originalDoc?.publishedAt
  if (publishedAt || data._status !== 'published') return data
  return { ...data, publishedAt: new Date().toISOString() }
}
