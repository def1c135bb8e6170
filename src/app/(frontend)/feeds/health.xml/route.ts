import { feedHealthTopics } from '@/platform/feeds/feed-queries'
import { isoTime, sectionFeed } from '@/platform/feeds/section-feed'

// Cached like a page and refreshed hourly.
export const dynamic = 'force-static'
export const revalidate = 3600

export const GET = sectionFeed(
  { title: '健康与防艾', path: '/health', feed: '/feeds/health.xml' },
  feedHealthTopics,
  (topic) => ({
    path: `/health/${topic.slug}`,
    title: topic.title,
    updated: isoTime(topic.updatedAt, topic.createdAt),
    published: isoTime(topic.createdAt, topic.updatedAt),
    summary: topic.summary,
  }),
)
