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
