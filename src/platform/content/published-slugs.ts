import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'

type SluggedCollection = 'policy-notices' | 'outreach-articles' | 'events' | 'health-topics' | 'service-guides' | 'consultations'

/** Slugs and dates of the published pages of one collection, as a visitor may see them (sitemap, prerendering). */
export const publishedSlugs = cache(async (collection: SluggedCollection, sort: string, limit: number) => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection,
    where: listedWhere(),
    sort,
    limit,
    depth: 0,
    pagination: false,
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
    user: null,
  })
  return result.docs as { slug?: string | null; updatedAt: string }[]
})
