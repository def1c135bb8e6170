import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'
import { cachedForVisitors } from '@/platform/cache/visitor-data'
import type { ContentTag } from '@/platform/content/rules/content-tags'
import { IMAGE_FIELDS } from '@/platform/media/responsive-image'
import { pageBySlug } from '@/platform/content/content-queries'
import { findListPage } from '@/platform/content/list-page'
import { isFirstPages, type ListPosition } from '@/platform/content/rules/list-paging'
import type { OutreachArticle } from '@/payload-types'
import { publishedSlugs } from '@/platform/content/published-slugs'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'

// Every query runs as an anonymous visitor: drafts stay invisible because the collection's access
// rule says so, not because of a filter here.
const asVisitor = { overrideAccess: false, user: null } as const

export const OUTREACH_PER_PAGE = 10

const LIST_FIELDS = { title: true, slug: true, kind: true, summary: true, tags: true, publishedAt: true, image: true } as const

type OutreachListDoc = Pick<OutreachArticle, 'id' | 'title' | 'slug' | 'kind' | 'summary' | 'tags' | 'publishedAt' | 'image'>

/** One page of the list: numbered for the first few, then by keyset (`?older=`), as a visitor. */
const outreachListPage = cachedForVisitors('outreach-list-page', ['outreach-articles', 'media'], (tag: ContentTag | null, position: ListPosition) =>
  findListPage<OutreachListDoc>({
    collection: 'outreach-articles',
    where: listedWhere(tag ? { tags: { in: [tag] } } : undefined),
    sortField: 'publishedAt',
    limit: OUTREACH_PER_PAGE,
    position,
    depth: 1,
    select: LIST_FIELDS,
    populate: { media: IMAGE_FIELDS },
  }),
  { keep: (_page, _tag, position) => isFirstPages(position) },
)

export const listOutreach = cache((filters: { tag?: ContentTag; page: number }, position: ListPosition = { page: filters.page }) =>
  outreachListPage(filters.tag ?? null, position),
)

export const outreachTagged = cache(async (tag: ContentTag, limit = 20) => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'outreach-articles',
    where: listedWhere({ tags: { in: [tag] } }),
    sort: '-publishedAt',
    limit,
    depth: 0,
    pagination: false,
    select: { title: true, slug: true, summary: true, publishedAt: true },
    ...asVisitor,
  })
  return result.docs
})

export const getOutreachBySlug = cache((slug: string, reader: PageReader = VISITOR) =>
  pageBySlug('outreach-articles', slug, reader, { media: IMAGE_FIELDS }),
)

export const publishedOutreachSlugs = (limit = 500) => publishedSlugs('outreach-articles', '-publishedAt', limit)
