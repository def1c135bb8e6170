import config from '@payload-config'
import { getPayload } from 'payload'
import { isFeedbackKind } from '@/features/feedback/rules/intake'

export const REPLIES_PER_PAGE = 10

/** 留言选登 for visitors: only the approved public copies, newest reply first. */
export async function findPublishedReplies(options: { page: number; kind?: string }) {
  const payload = await getPayload({ config })
  return payload.find({
    collection: 'published-replies',
    where: options.kind && isFeedbackKind(options.kind) ? { kind: { equals: options.kind } } : undefined,
    sort: '-repliedAt',
    page: options.page,
    limit: REPLIES_PER_PAGE,
    depth: 0,
    overrideAccess: false,
    user: null,
  })
}

/** 政策问答: the approved questions about one notice and their answers, newest answer first. */
export async function findNoticeQuestions(notice: string | number) {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'published-replies',
    where: { and: [{ notice: { equals: notice } }, { kind: { equals: 'consultation' } }] },
    sort: '-repliedAt',
    limit: 50,
    depth: 0,
    pagination: false,
    select: { subject: true, question: true, answer: true, receivedAt: true, repliedAt: true, department: true },
    overrideAccess: false,
    user: null,
  })
  return result.docs
}
