import type { CollectionAfterChangeHook } from 'payload'
import { publishedCommentData, relationId } from '@/features/moderation/server/copy-record'

/**
 * For a copy of a consultation comment: `published-comments` holds the approved copy and
 * nothing else; written on approval, removed on withdrawal, in the same transaction.
 */
export const syncPublishedComment: CollectionAfterChangeHook = async ({ doc, req }) => {
  const comment = relationId(doc.comment)
  if (comment === null) return doc
  const existing = await req.payload.find({
    collection: 'published-comments',
    where: { source: { equals: String(comment) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const current = existing.docs[0]
  if (doc.status !== 'published') {
    if (current) await req.payload.delete({ collection: 'published-comments', id: current.id, overrideAccess: true, req })
    return doc
  }
  const data = publishedCommentData(doc)
  if (current) await req.payload.update({ collection: 'published-comments', id: current.id, data, overrideAccess: true, req })
  else await req.payload.create({ collection: 'published-comments', data, overrideAccess: true, req })
  return doc
}
