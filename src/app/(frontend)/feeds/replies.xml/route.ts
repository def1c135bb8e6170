import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { feedPublishedReplies } from '@/platform/feeds/feed-queries'
import { isoTime, sectionFeed } from '@/platform/feeds/section-feed'

// Cached like a page and refreshed hourly.
export const dynamic = 'force-static'
export const revalidate = 3600

const kindLabel = (value: string) => FEEDBACK_KINDS.find((kind) => kind.value === value)?.label ?? ''

/** Only what the 留言选登 page itself shows: subject, the public answer and the replying department. */
export const GET = sectionFeed(
  { title: '留言选登', path: '/feedback/replies', feed: '/feeds/replies.xml' },
  feedPublishedReplies,
  (reply) => ({
    path: `/feedback/replies#reply-${reply.id}`,
    title: `【${kindLabel(reply.kind)}】${reply.subject}`,
    updated: isoTime(reply.repliedAt, ''),
    author: reply.department ?? undefined,
    summary: reply.answer.length > 200 ? `${reply.answer.slice(0, 200)}…` : reply.answer,
  }),
)
