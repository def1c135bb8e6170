import type { Payload } from 'payload'
import { syncSearchDocument } from './sync'
import { INDEXED_COLLECTIONS } from './sources'
import { rebuildFulltextIndex } from './fulltext-match'

/**
 * Re-indexes every document of the indexed collections, drops entries whose source is gone, and
 * rebuilds the database's full-text index over the entries.
 */
export async function rebuildSearchIndex(payload: Payload) {
  const counts: Record<string, number> = {}
  const seen = new Set<string>()
  for (const collection of INDEXED_COLLECTIONS) {
    counts[collection] = 0
    for (let page = 1; ; page++) {
      const batch = await payload.find({ collection, page, limit: 200, depth: 0, overrideAccess: true, select: {} })
      for (const doc of batch.docs) {
        seen.add(`${collection}:${doc.id}`)
        if ((await syncSearchDocument(payload, collection, doc.id)) === 'indexed') counts[collection] += 1
      }
      if (!batch.hasNextPage) break
    }
  }
  const stale: (string | number)[] = []
  for (let page = 1; ; page++) {
    const entries = await payload.find({ collection: 'search-documents', page, limit: 500, depth: 0, overrideAccess: true, select: { source: true } })
    for (const entry of entries.docs) if (!seen.has(entry.source)) stale.push(entry.id)
    if (!entries.hasNextPage) break
  }
  for (const id of stale) await payload.delete({ collection: 'search-documents', id, overrideAccess: true })
  const removed = stale.length
  await rebuildFulltextIndex(payload)
  return { counts, removed }
}
