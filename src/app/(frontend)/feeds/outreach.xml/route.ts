import { feedOutreach } from '@/platform/feeds/feed-queries'
import { isoTime, sectionFeedResponse } from '@/platform/feeds/section-feed'
import { serverUrl } from '@/platform/site-shell/server-url'

// Cached like a page and refreshed hourly.
export const dynamic = 'force-static'
export const revalidate = 3600

export async function GET() {
  const base = serverUrl()
  const articles = await feedOutreach()
  return sectionFeedResponse(
    { title: '婚育新风', path: '/outreach', feed: '/feeds/outreach.xml' },
    articles.map((article) => ({
      id: `${base}/outreach/${article.slug}`,
      title: article.title,
      url: `${base}/outreach/${article.slug}`,
      updated: isoTime(article.updatedAt, article.publishedAt ?? ''),
      published: article.publishedAt ? isoTime(article.publishedAt, '') : undefined,
      summary: article.summary,
    })),
  )
}
