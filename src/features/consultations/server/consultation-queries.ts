import config from '@payload-config'
import { getPayload, type Where } from 'payload'
import { cache } from 'react'
import { phaseBounds } from '@/features/consultations/rules'
import { pageBySlug } from '@/platform/content/content-queries'
import { publishedSlugs } from '@/platform/content/published-slugs'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'
import { commentCounts } from './comment-counts'

// Every query runs as an anonymous visitor (or the page's reader): drafts stay invisible because
// the collection's access rule says so.
const asVisitor = { overrideAccess: false, user: null } as const

export const CONSULTATIONS_PER_PAGE = 10

export type ListedPhase = 'open' | 'closed'

const LIST_FIELDS = { title: true, slug: true, summary: true, department: true, opensOn: true, closesOn: true, outcome: { publishedAt: true } } as const

/** Open now (upcoming ones included, soonest closing first), or closed (latest first), by Beijing day. */
function phaseWhere(phase: ListedPhase, now: Date): Where {
  const { todayStarts } = phaseBounds(now)
  return phase === 'open' ? { closesOn: { greater_than_equal: todayStarts } } : { closesOn: { less_than: todayStarts } }
}

export const listConsultations = cache(async (phase: ListedPhase, page: number) => {
  const payload = await getPayload({ config })
  return payload.find({
    collection: 'consultations',
    where: listedWhere(phaseWhere(phase, new Date())),
    sort: phase === 'open' ? 'closesOn' : '-closesOn',
    limit: CONSULTATIONS_PER_PAGE,
    page,
    depth: 0,
    select: LIST_FIELDS,
    ...asVisitor,
  })
})

export const getConsultationBySlug = cache((slug: string, reader: PageReader = VISITOR) => pageBySlug('consultations', slug, reader))

/** The approved public copies of a consultation's comments, newest first. */
export const publishedCommentsOf = cache(async (consultation: string | number) => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'published-comments',
    where: { consultation: { equals: consultation } },
    sort: '-receivedAt',
    limit: 200,
    depth: 0,
    pagination: false,
    select: { comment: true, receivedAt: true },
    ...asVisitor,
  })
  return result.docs
})

/** How many comments arrived: the number the 意见采纳情况 begins with. */
export const commentsReceived = cache(async (consultation: string | number) => (await commentCounts(await getPayload({ config }), consultation)).received)

export const publishedConsultationSlugs = (limit = 500) => publishedSlugs('consultations', '-closesOn', limit)
