import config from '@payload-config'
import { getPayload } from 'payload'
import { cachedForVisitors } from '@/platform/cache/visitor-data'
import { findListPage } from '@/platform/content/list-page'
import type { ListPosition } from '@/platform/content/rules/list-paging'
import type { PublishedReply } from '@/payload-types'
import { isFeedbackKind } from '@/features/feedback/rules/intake'

export const REPLIES_PER_PAGE = 10

/** 留言选登 for visitors: only the approved public copies, newest reply first (numbered, then keyset pages). */
export function findPublishedReplies(options: { page: number; kind?: string; position?: ListPosition }) {
  return findListPage<PublishedReply>({
    collection: 'published-replies',
    where: options.kind && isFeedbackKind(options.kind) ? { kind: { equals: options.kind } } : {},
    sortField: 'repliedAt',
    limit: REPLIES_PER_PAGE,
    position: options.position ?? { page: options.page },
  })
}

/** 政策问答: the approved questions about one notice and their answers, newest answer first. */
export const findNoticeQuestions = cachedForVisitors('notice-questions', ['published-replies'], async (notice: string | number) => {
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
})
