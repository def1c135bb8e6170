import config from '@payload-config'
import { getPayload, type Where } from 'payload'
import { cache } from 'react'
import { cachedForVisitors } from '@/platform/cache/visitor-data'
import type { ContentTag } from '@/platform/content/rules/content-tags'
import { overdueBefore } from '@/features/health/rules/health-review'
import { IMAGE_FIELDS } from '@/platform/media/responsive-image'
import { pageBySlug } from '@/platform/content/content-queries'
import { findListPage } from '@/platform/content/list-page'
import type { ListPosition } from '@/platform/content/rules/list-paging'
import type { Event } from '@/payload-types'
import { publishedSlugs } from '@/platform/content/published-slugs'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'

const asVisitor = { overrideAccess: false, user: null } as const

export const PAST_EVENTS_PER_PAGE = 10

const LIST_FIELDS = { title: true, slug: true, startsAt: true, endsAt: true, place: true, summary: true, tags: true } as const

type PastEventDoc = Pick<Event, 'id' | 'title' | 'slug' | 'startsAt' | 'endsAt' | 'place' | 'summary' | 'tags'>

/** Events starting today (Beijing) or later count as upcoming; earlier ones are archived. */
const startOfToday = (now: Date) => overdueBefore(now).toISOString()
const upcomingWhere = (since: string, tag: ContentTag | null): Where => ({
  and: [{ startsAt: { greater_than_equal: since } }, ...(tag ? [{ tags: { in: [tag] } }] : [])],
})

// Keyed by the day, not the moment: one cached list per Beijing day.
const upcomingFrom = cachedForVisitors('upcoming-events', ['events'], async (since: string, tag: ContentTag | null, limit: number) => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'events',
    where: listedWhere(upcomingWhere(since, tag)),
    sort: 'startsAt',
    limit,
    depth: 0,
    pagination: false,
    select: LIST_FIELDS,
    ...asVisitor,
  })
  return result.docs
})

export const upcomingEvents = cache((now: Date, tag?: ContentTag, limit = 50) => upcomingFrom(startOfToday(now), tag ?? null, limit))

/** Past events, latest first: numbered pages for the first few, then by keyset (`?older=`). */
export const pastEvents = cache((now: Date, position: ListPosition) =>
  findListPage<PastEventDoc>({
    collection: 'events',
    where: listedWhere({ startsAt: { less_than: startOfToday(now) } }),
    sortField: 'startsAt',
    limit: PAST_EVENTS_PER_PAGE,
    position,
    select: LIST_FIELDS,
  }),
)

export const getEventBySlug = cache((slug: string, reader: PageReader = VISITOR) =>
  pageBySlug('events', slug, reader, { media: IMAGE_FIELDS, 'service-stations': { name: true, key: true, address: true }, districts: { name: true } }),
)

export const publishedEventSlugs = (limit = 500) => publishedSlugs('events', '-startsAt', limit)
