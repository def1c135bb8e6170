import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'
import { cachedForVisitors } from '@/platform/cache/visitor-data'
import { pageBySlug } from '@/platform/content/content-queries'
import { publishedSlugs } from '@/platform/content/published-slugs'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'

/** Published guides for the /guides list, as a visitor sees them. */
export const allGuides = cache(cachedForVisitors('all-guides', ['service-guides'], async () => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'service-guides',
    where: listedWhere(),
    sort: 'title',
    limit: 200,
    depth: 0,
    pagination: false,
    select: { title: true, slug: true, summary: true, example: true, online: true, timeLimit: true },
    overrideAccess: false,
    user: null,
  })
  return result.docs
}))

/** A guide with its services (for the stations) and the notices it rests on. */
export const getGuideBySlug = cache((slug: string, reader: PageReader = VISITOR) =>
  pageBySlug('service-guides', slug, reader, { services: { name: true, code: true }, 'policy-notices': { title: true, slug: true, documentNumber: true } }),
)

export const publishedGuideSlugs = (limit = 500) => publishedSlugs('service-guides', 'title', limit)
