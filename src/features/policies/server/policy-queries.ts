import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'
import { cachedForVisitors } from '@/platform/cache/visitor-data'
import { POLICIES_PER_PAGE, policyWhere, type PolicyFilters } from './policy-list-query'
import { pageBySlug } from '@/platform/content/content-queries'
import { findListPage } from '@/platform/content/list-page'
import type { ListPosition } from '@/platform/content/rules/list-paging'
import { publishedSlugs } from '@/platform/content/published-slugs'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'
import type { PolicyNotice } from '@/payload-types'

// Every query runs as an anonymous visitor (overrideAccess: false): drafts stay invisible here
// because the collection's access rule says so, not because of a filter in this file.
const asVisitor = { overrideAccess: false, user: null } as const

const LIST_FIELDS = {
  title: true,
  slug: true,
  documentNumber: true,
  issuingAuthority: true,
  dateWritten: true,
  datePublished: true,
  validity: true,
  kind: true,
  indexNumber: true,
} as const

type PolicyListDoc = Pick<PolicyNotice, 'id' | 'title' | 'slug' | 'documentNumber' | 'issuingAuthority' | 'dateWritten' | 'datePublished' | 'validity' | 'kind'>

/** One page of the list: numbered for the first few, then by keyset (`?older=`), as a visitor. */
export const listPolicies = cache((filters: PolicyFilters, position: ListPosition = { page: filters.page }) =>
  findListPage<PolicyListDoc>({
    collection: 'policy-notices',
    where: policyWhere(filters),
    sortField: 'datePublished',
    limit: POLICIES_PER_PAGE,
    position,
    select: LIST_FIELDS,
  }),
)

export const latestPolicies = cache(cachedForVisitors('latest-policies', ['policy-notices'], async (limit: number) => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'policy-notices',
    where: listedWhere(),
    sort: '-datePublished',
    limit,
    depth: 0,
    pagination: false,
    select: LIST_FIELDS,
    ...asVisitor,
  })
  return result.docs
}))

/** The newest published 政策解读 (interpretations), for the open-government page. */
export const latestInterpretations = cache(async (limit: number) => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'policy-notices',
    where: listedWhere({ kind: { equals: 'interpretation' } }),
    sort: '-datePublished',
    limit,
    depth: 0,
    select: LIST_FIELDS,
    ...asVisitor,
  })
  return { docs: result.docs, totalDocs: result.totalDocs }
})

/** The years and authorities offered in the filter form: two grouped scans of every published notice. */
export const policyFilterOptions = cachedForVisitors('policy-filter-options', ['policy-notices'], async () => {
  const payload = await getPayload({ config })
  const published = listedWhere()
  const [years, authorities] = await Promise.all([
    payload.findDistinct({ collection: 'policy-notices', field: 'year', where: published, sort: '-year', limit: 100, ...asVisitor }),
    payload.findDistinct({ collection: 'policy-notices', field: 'issuingAuthority', where: published, sort: 'issuingAuthority', limit: 200, ...asVisitor }),
  ])
  return {
    years: years.values.map((row) => row.year).filter((year): year is number => typeof year === 'number'),
    authorities: authorities.values.map((row) => row.issuingAuthority).filter(Boolean) as string[],
  }
})

const RELATED_FIELDS = { 'policy-notices': { title: true, slug: true, documentNumber: true, kind: true, validity: true, withdrawal: true } } as const

const publishedPolicyBySlug = cachedForVisitors('policy-by-slug', ['policy-notices', 'policy-documents'], (slug: string) =>
  pageBySlug('policy-notices', slug, VISITOR, RELATED_FIELDS),
  { keep: (policy) => policy !== null },
)

/** A notice as its reader sees it: visitors share the cached published copy, staff previews read afresh. */
export const getPolicyBySlug = cache((slug: string, reader: PageReader = VISITOR) =>
  reader === VISITOR ? publishedPolicyBySlug(slug) : pageBySlug('policy-notices', slug, reader, RELATED_FIELDS),
)

export const publishedPolicySlugs = (limit = 500) => publishedSlugs('policy-notices', '-datePublished', limit)
