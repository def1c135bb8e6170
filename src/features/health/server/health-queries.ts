import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'
import type { ContentTag } from '@/platform/content/rules/content-tags'
import { publishedSlugs } from '@/platform/content/published-slugs'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'

const asVisitor = { overrideAccess: false, user: null } as const

const LIST_FIELDS = { title: true, slug: true, summary: true, tags: true, nextReviewDueAt: true } as const

export const allHealthTopics = cache(async () => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'health-topics',
    where: listedWhere(),
    sort: 'title',
    limit: 500,
    depth: 0,
    pagination: false,
    select: LIST_FIELDS,
    ...asVisitor,
  })
  return result.docs
})

export const healthTopicsTagged = cache(async (tag: ContentTag) => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'health-topics',
    where: listedWhere({ tags: { in: [tag] } }),
    sort: 'title',
    limit: 50,
    depth: 0,
    pagination: false,
    select: LIST_FIELDS,
    ...asVisitor,
  })
  return result.docs
})

/** A topic with its leaflets and services; `reviewerEmail` stays out (field access: staff only). */
export const getHealthTopicBySlug = cache(async (slug: string, reader: PageReader = VISITOR) => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'health-topics',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    pagination: false,
    populate: {
      'policy-documents': { title: true, url: true, filesize: true, mimeType: true },
      services: { name: true, code: true, summary: true },
    },
    ...reader,
  })
  return result.docs[0] ?? null
})

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
    select: { name: true, key: true, address: true, phones: true, district: true },
    populate: { districts: { name: true } },
    ...asVisitor,
  })
  return result.docs
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
