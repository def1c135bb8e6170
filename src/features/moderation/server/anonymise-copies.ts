import type { Payload, PayloadRequest } from 'payload'

/**
 * When a message is anonymised at the end of its retention period, the copy still being written
 * (or returned, or withdrawn) goes too: a suggestion may hold what the writer had not yet removed.
 * A published copy is the public record a second person approved; it stays as it is, like its
 * entry on 留言选登. Through the adapter, as the message itself: the steps' hooks would refuse.
 */
export async function anonymiseCopiesOf(payload: Payload, messageId: number | string, replacement: string, req: PayloadRequest) {
  const copies = await payload.find({ collection: 'moderated-copies', where: { source: { equals: messageId } }, depth: 0, overrideAccess: true, req })
  for (const copy of copies.docs) {
    if (copy.status === 'published') continue
    await payload.db.updateOne({
      collection: 'moderated-copies',
      id: copy.id,
      req,
      // The whole row: the SQL adapters write an update as an upsert of every column.
      data: {
        ...copy,
        subject: replacement,
        question: replacement,
        answer: replacement,
        returnRemark: copy.returnRemark ? replacement : copy.returnRemark,
        confirmations: (copy.confirmations ?? []).map((c) => ({ ...c, text: replacement })),
      },
    })
  }
}
