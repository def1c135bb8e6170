import type { PayloadRequest } from 'payload'
import type { Feedback } from '@/payload-types'
import { suggestedReplyCopy } from '@/features/moderation/rules'
import { flagOptionsForMessage } from './flag-options'

type Message = { id: string | number; status?: string | null; publishConsent?: boolean | null }

/**
 * After a reply to a message whose resident agreed to publication, the public copy to be written:
 * created with a suggested redaction, or, while nobody has touched the suggestion yet, refreshed
 * with the new reply (after a reopening). A copy someone worked on, submitted or approved is left
 * as it is: its writer and approver decide what happens to it.
 */
export async function draftCopyForReply(req: PayloadRequest, message: Message, previousStatus: string | null | undefined) {
  if (!message.publishConsent || message.status !== 'replied' || previousStatus === 'replied') return
  // Straight from the database: staff reads of a message come back masked (maskMessageForStaff),
  // and the suggestion is made from what the resident really wrote.
  const stored = (await req.payload.db.findOne({ collection: 'feedback', where: { id: { equals: message.id } }, req })) as Feedback | null
  if (!stored) return
  const suggestion = suggestedReplyCopy(
    { subject: stored.subject ?? '', question: stored.message ?? '', answer: stored.reply ?? '' },
    await flagOptionsForMessage(req, message.id),
  )
  const record = {
    kind: stored.kind,
    notice: stored.notice ?? null,
    department: stored.replyDepartment ?? '',
    receivedAt: stored.createdAt,
    repliedAt: stored.repliedAt ?? new Date().toISOString(),
  }
  const existing = await req.payload.find({
    collection: 'moderated-copies',
    where: { source: { equals: message.id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const copy = existing.docs[0]
  const context = { copyAction: 'draft' }
  if (!copy) {
    await req.payload.create({ collection: 'moderated-copies', data: { source: message.id, status: 'drafting', ...suggestion, ...record } as never, overrideAccess: true, req, context })
  } else if (copy.status === 'drafting' && (copy.writers ?? []).length === 0) {
    await req.payload.update({ collection: 'moderated-copies', id: copy.id, data: { ...suggestion, ...record } as never, overrideAccess: true, req, context })
  }
}
