import type { PayloadRequest } from 'payload'
import { SUBJECT_MAX_LENGTH, suggestedReplyCopy } from '@/features/moderation/rules'
import { relationId } from './copy-record'
import { flagOptionsForComment } from './flag-options'

type Comment = { id: string | number; consultation: unknown; comment: string; createdAt: string }

/**
 * A consultation comment whose writer agreed to publication: its public copy, with a suggested
 * redaction, waits on the desk for a handler to write and another person to approve. Nothing
 * about it is public until then.
 */
export async function draftCopyForComment(req: PayloadRequest, comment: Comment) {
  const consultationId = relationId(comment.consultation)
  if (consultationId === null) return
  const consultation = await req.payload.findByID({
    collection: 'consultations',
    id: consultationId,
    depth: 0,
    select: { title: true, department: true },
    overrideAccess: true,
    req,
  })
  const suggestion = suggestedReplyCopy(
    { subject: `对《${consultation.title}》的意见`.slice(0, SUBJECT_MAX_LENGTH), question: comment.comment, answer: '' },
    await flagOptionsForComment(req, comment.id),
  )
  await req.payload.create({
    collection: 'moderated-copies',
    data: {
      comment: comment.id,
      consultation: consultationId,
      status: 'drafting',
      subject: suggestion.subject,
      question: suggestion.question,
      kind: 'suggestion',
      department: consultation.department ?? '',
      receivedAt: comment.createdAt,
    } as never,
    overrideAccess: true,
    req,
    context: { copyAction: 'draft' },
  })
}
