import { feedHealthTopics } from '@/platform/feeds/feed-queries'
import { isoTime, sectionFeedResponse } from '@/platform/feeds/section-feed'
import { serverUrl } from '@/platform/site-shell/server-url'

// Cached like a page and refreshed hourly.
export const dynamic = 'force-static'
export const revalidate = 3600

export async function GET() {
  const base = serverUrl()
  const topics = await feedHealthTopics()
  return sectionFeedResponse(
    { title: '健康与防艾', path: '/health', feed: '/feeds/health.xml' },
    topics.map((topic) => ({
      id: `${base}/health/${topic.slug}`,
      title: topic.title,
      url: `${base}/health/${topic.slug}`,
      updated: isoTime(topic.updatedAt, topic.createdAt),
      published: isoTime(topic.createdAt, topic.updatedAt),
      summary: topic.summary,
    })),
  )
}
