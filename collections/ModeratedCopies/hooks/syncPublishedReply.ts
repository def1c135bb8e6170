import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { publishedReplyData, relationId } from '@/features/moderation/server/copy-record'

/** The address of the notice a question was about, so search can send readers to its page. */
async function noticeSlug(req: PayloadRequest, notice: string | number | null) {
  if (notice === null) return null
  const found = await req.payload.findByID({ collection: 'policy-notices', id: notice, depth: 0, select: { slug: true }, overrideAccess: true, req }).catch(() => null)
  return found?.slug ?? null
}

/**
 * The approved copy, and nothing else, is what `published-replies` holds: written when a copy is
 * approved, updated if an approved copy is anonymised, removed when it is withdrawn. Same
 * transaction, so the board, the feed, the API and the search index follow at once.
 */
export const syncPublishedReply: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  // A copy of a consultation comment has no message: syncPublishedComment publishes it.
  if (relationId(doc.source) === null) return doc
  const source = String(relationId(doc.source))
  const existing = await req.payload.find({
    collection: 'published-replies',
    where: { source: { equals: source } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const current = existing.docs[0]
  if (doc.status !== 'published') {
    if (current) await req.payload.delete({ collection: 'published-replies', id: current.id, overrideAccess: true, req })
    return doc
  }
  if (current && previousDoc?.status === 'published' && JSON.stringify(publishedReplyData(previousDoc)) === JSON.stringify(publishedReplyData(doc))) {
    return doc
  }
  const data = { ...publishedReplyData(doc), noticeSlug: await noticeSlug(req, relationId(doc.notice)) }
  if (current) await req.payload.update({ collection: 'published-replies', id: current.id, data, overrideAccess: true, req })
  else await req.payload.create({ collection: 'published-replies', data, overrideAccess: true, req })
  return doc
}
