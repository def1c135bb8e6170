import { eventTimeText } from '@/features/events/rules/event-time'
import { feedEvents } from '@/platform/feeds/feed-queries'
import { isoTime, sectionFeed } from '@/platform/feeds/section-feed'

// Cached like a page and refreshed hourly.
export const dynamic = 'force-static'
export const revalidate = 3600

export const GET = sectionFeed(
  { title: '近期活动', path: '/events', feed: '/feeds/events.xml' },
  feedEvents,
  (event) => ({
    path: `/events/${event.slug}`,
    title: event.title,
    updated: isoTime(event.updatedAt, event.createdAt),
    published: isoTime(event.createdAt, event.updatedAt),
    summary: `${eventTimeText(event.startsAt)}（北京时间），${event.place}。${event.summary ?? ''}`,
  }),
)
