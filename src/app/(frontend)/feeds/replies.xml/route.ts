import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { feedPublishedReplies } from '@/platform/feeds/feed-queries'
import { isoTime, sectionFeedResponse } from '@/platform/feeds/section-feed'
import { serverUrl } from '@/platform/site-shell/server-url'

// Cached like a page and refreshed hourly.
export const dynamic = 'force-static'
export const revalidate = 3600

const kindLabel = (value: string) => FEEDBACK_KINDS.find((kind) => kind.value === value)?.label ?? ''

/** Only what the 留言选登 page itself shows: subject, the public answer and the replying department. */
export async function GET() {
  const base = serverUrl()
  const replies = await feedPublishedReplies()
  return sectionFeedResponse(
    { title: '留言选登', path: '/feedback/replies', feed: '/feeds/replies.xml' },
    replies.map((reply) => ({
      id: `${base}/feedback/replies#reply-${reply.id}`,
      title: `【${kindLabel(reply.kind)}】${reply.subject}`,
      url: `${base}/feedback/replies#reply-${reply.id}`,
      updated: isoTime(reply.repliedAt, ''),
      author: reply.department ?? undefined,
      summary: reply.answer.length > 200 ? `${reply.answer.slice(0, 200)}…` : reply.answer,
    })),
  )
}
