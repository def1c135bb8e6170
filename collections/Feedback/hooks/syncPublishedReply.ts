import type { CollectionAfterChangeHook } from 'payload'

/**
 * Keeps the public copy in `published-replies` in step with the message's approved version:
 * created or updated while approved, removed when approval is withdrawn. Same transaction.
 */
export const syncPublishedReply: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'update') return doc
  const source = String(doc.id)
  const existing = await req.payload.find({
    collection: 'published-replies',
    where: { source: { equals: source } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const current = existing.docs[0]
  const publication = doc.publication ?? {}
  const shown = Boolean(publication.approved) && doc.publishConsent && (doc.status === 'replied' || doc.status === 'closed')
  if (!shown) {
    if (current) await req.payload.delete({ collection: 'published-replies', id: current.id, overrideAccess: true, req })
    return doc
  }
  const data = {
    kind: doc.kind,
    subject: publication.subject,
    question: publication.question,
    answer: publication.answer,
    receivedAt: doc.createdAt,
    repliedAt: doc.repliedAt ?? doc.updatedAt,
    department: doc.replyDepartment ?? '',
    source,
  }
  if (current) await req.payload.update({ collection: 'published-replies', id: current.id, data, overrideAccess: true, req })
  else await req.payload.create({ collection: 'published-replies', data, overrideAccess: true, req })
  return doc
}
