import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { syncSearchDocument } from '@/features/search/server/sync'
import type { IndexedCollection } from '@/features/search/server/sources'

/**
 * Keeps the site-search entry of a document in step with what visitors see, in the same
 * transaction as the save: a publish or change indexes it, a draft save leaves the published
 * entry alone, an unpublish or delete removes it. `context.skipSearchIndex` skips (bulk seeds,
 * which rebuild afterwards).
 */
export const indexForSearch =
  (collection: IndexedCollection): CollectionAfterChangeHook =>
  async ({ doc, req, context }) => {
    if (!context?.skipSearchIndex) await syncSearchDocument(req.payload, collection, doc.id, req)
    return doc
  }

export const removeFromSearch =
  (collection: IndexedCollection): CollectionAfterDeleteHook =>
  async ({ id, req, context }) => {
    if (!context?.skipSearchIndex) await syncSearchDocument(req.payload, collection, id, req)
  }
