import type { CollectionAfterChangeHook } from 'payload'

/**
 * One reply answers all: when a message is answered (or closed), the messages merged into it are
 * taken the same steps through the state machine, in the same transaction, as the same staff
 * member. Each keeps its own tracking code, timeline and e-mail to its resident.
 */
// The stored id as it is (a number on SQLite, whatever PostgreSQL's adapter uses), never text.
const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value ?? null)

export const answerMergedMessages: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status === previousDoc?.status) return doc
  if (doc.status !== 'replied' && doc.status !== 'closed') return doc
  const merged = await req.payload.find({
    collection: 'feedback',
    where: { mergedInto: { equals: doc.id } },
    depth: 0,
    limit: 200,
    pagination: false,
    select: { status: true },
    overrideAccess: true,
    req,
  })
  const step = (id: number | string, data: Record<string, unknown>) =>
    req.payload.update({ collection: 'feedback', id, data, depth: 0, overrideAccess: false, user: req.user, req })
  for (const other of merged.docs) {
    if (doc.status === 'replied') {
      if (other.status === 'accepted') {
        await step(other.id, { status: 'assigned', department: idOf(doc.department), assignedTo: idOf(doc.assignedTo) })
      }
      if (other.status === 'accepted' || other.status === 'assigned') await step(other.id, { status: 'replied', reply: doc.reply })
    } else if (other.status === 'replied') {
      await step(other.id, { status: 'closed' })
    }
  }
  return doc
}
