import { eventTimeText } from '@/features/events/rules/event-time'
import { feedEvents } from '@/platform/feeds/feed-queries'
import { isoTime, sectionFeedResponse } from '@/platform/feeds/section-feed'
import { serverUrl } from '@/platform/site-shell/server-url'

// Cached like a page and refreshed hourly.
export const dynamic = 'force-static'
export const revalidate = 3600

export async function GET() {
  const base = serverUrl()
  const events = await feedEvents()
  return sectionFeedResponse(
    { title: '近期活动', path: '/events', feed: '/feeds/events.xml' },
    events.map((event) => ({
      id: `${base}/events/${event.slug}`,
      title: event.title,
      url: `${base}/events/${event.slug}`,
      updated: isoTime(event.updatedAt, event.createdAt),
      published: isoTime(event.createdAt, event.updatedAt),
      summary: `${eventTimeText(event.startsAt)}（北京时间），${event.place}。${event.summary ?? ''}`,
    })),
  )
}
