import type { Payload, PayloadRequest } from 'payload'
import { isWithdrawn } from '@/platform/publishing/rules/withdrawal'
import { indexedTokenText } from '@/features/search/rules'
import { toSimplified } from './simplified'
import { SEARCH_SOURCES, type IndexedCollection } from './sources'

const BODY_LIMIT = 20_000

/**
 * Makes the index entry of one document match what a visitor sees now: the published version
 * (read with the visitor's access, so drafts and withdrawn pages never get in), or nothing.
 * Runs inside the caller's transaction when `req` is given.
 */
export async function syncSearchDocument(payload: Payload, collection: IndexedCollection, id: string | number, req?: PayloadRequest) {
  const source = SEARCH_SOURCES[collection]
  const key = `${collection}:${id}`
  const visible = await payload
    .find({ collection, where: { id: { equals: id } }, limit: 1, depth: 1, overrideAccess: false, user: null, ...(source.drafts ? { draft: false } : {}), req })
    .then((result) => result.docs[0] as unknown as Record<string, any> | undefined)
  const existing = await payload.find({ collection: 'search-documents', where: { source: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req })
  const entry = existing.docs[0]
  const url = visible ? source.url(visible) : null
  const published = visible && (!source.drafts || visible._status === 'published') && !isWithdrawn(visible)
  if (!published || !url) {
    if (entry) await payload.delete({ collection: 'search-documents', id: entry.id, overrideAccess: true, req })
    return 'removed' as const
  }
  const title = toSimplified(source.title(visible))
  const body = toSimplified(source.text(visible)).slice(0, BODY_LIMIT)
  const data = {
    source: key,
    type: source.type,
    url,
    title,
    body,
    tokens: indexedTokenText(`${title}\n${body}`),
    publishedAt: source.publishedAt(visible),
  }
  if (entry) await payload.update({ collection: 'search-documents', id: entry.id, data, overrideAccess: true, req })
  else await payload.create({ collection: 'search-documents', data, overrideAccess: true, req })
  return 'indexed' as const
}
