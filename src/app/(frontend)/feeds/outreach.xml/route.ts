import { feedOutreach } from '@/platform/feeds/feed-queries'
import { isoTime, sectionFeed } from '@/platform/feeds/section-feed'

// Cached like a page and refreshed hourly.
export const dynamic = 'force-static'
export const revalidate = 3600

export const GET = sectionFeed(
  { title: '婚育新风', path: '/outreach', feed: '/feeds/outreach.xml' },
  feedOutreach,
  (article) => ({
    path: `/outreach/${article.slug}`,
    title: article.title,
    updated: isoTime(article.updatedAt, article.publishedAt ?? ''),
    published: article.publishedAt ? isoTime(article.publishedAt, '') : undefined,
    summary: article.summary,
  }),
)
