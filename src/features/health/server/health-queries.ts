import config from '@payload-config'
import { getPayload, type Where } from 'payload'
import { cache } from 'react'
import { cachedForVisitors } from '@/platform/cache/visitor-data'
import { openState, type OpenState } from '@/features/stations/rules'
import { openingHoursOf } from '@/features/stations/rules/station-hours'
import type { ContentTag } from '@/platform/content/rules/content-tags'
import { pageBySlug } from '@/platform/content/content-queries'
import { publishedSlugs } from '@/platform/content/published-slugs'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'

const asVisitor = { overrideAccess: false, user: null } as const

const LIST_FIELDS = { title: true, slug: true, summary: true, tags: true, nextReviewDueAt: true } as const

const listTopics = async (where: Where | undefined, limit: number) => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'health-topics',
    where: listedWhere(where),
    sort: 'title',
    limit,
    depth: 0,
    pagination: false,
    select: LIST_FIELDS,
    ...asVisitor,
  })
  return result.docs
}

export const allHealthTopics = cache(cachedForVisitors('all-health-topics', ['health-topics'], () => listTopics(undefined, 500)))

export const healthTopicsTagged = cache((tag: ContentTag) => listTopics({ tags: { in: [tag] } }, 50))

/** A topic with its leaflets and services; `reviewerEmail` stays out (field access: staff only). */
export const getHealthTopicBySlug = cache((slug: string, reader: PageReader = VISITOR) =>
  pageBySlug('health-topics', slug, reader, { 'policy-documents': { title: true, url: true, filesize: true, mimeType: true }, services: { name: true, code: true, summary: true } }),
)

export const publishedHealthSlugs = (limit = 500) => publishedSlugs('health-topics', 'title', limit)

/** Published stations offering any of the services, for "where to get this service". */
export const stationsOffering = cache(async (serviceIds: (number | string)[], limit = 30) => {
  if (serviceIds.length === 0) return []
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'service-stations',
    where: listedWhere({ services: { in: serviceIds } }),
    sort: 'listOrder',
    limit,
    depth: 1,
    pagination: false,
    select: { name: true, key: true, address: true, phones: true, district: true, slots: true, exceptions: true, closedOnPublicHolidays: true, makeUpWorkdaysFollow: true },
    populate: { districts: { name: true } },
    ...asVisitor,
  })
  // Open now first (round-the-clock points before the rest), so advice that cannot wait (72 小时
  // 阻断) leads to a door that is open; the directory's order otherwise.
  const now = new Date()
  const withState = result.docs.map((station, order) => ({ ...station, openState: openState(openingHoursOf(station), now), order }))
  const rank = (state: OpenState) => (state.open ? (state.closesAt ? 1 : 0) : 2)
  return withState.sort((a, b) => rank(a.openState) - rank(b.openState) || a.order - b.order)
})

export const serviceByCode = cache(async (code: string) => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'services',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { name: true, code: true, summary: true },
    ...asVisitor,
  })
  return result.docs[0] ?? null
})
