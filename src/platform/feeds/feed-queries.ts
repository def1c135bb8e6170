import config from '@payload-config'
import {
  getPayload,
  type CollectionSlug,
  type TransformCollectionWithSelect,
  type SelectType,
  type Where,
} from 'payload'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'

type FeedQuery<C extends CollectionSlug, S> = { collection: C; sort: string; select: S; where?: Where }

/**
 * The newest items of a collection, only the fields the feed writes. Feeds are read as an
 * anonymous visitor, like the pages: the collections' access rules keep drafts (and, for
 * replies, everything but the approved public copy) out.
 */
async function newest<C extends CollectionSlug, S extends SelectType>(query: FeedQuery<C, S>) {
  const payload = await getPayload({ config })
  // TypeScript cannot check payload.find for a collection left generic ("union type too complex"),
  // so the call is typed as for any collection and its documents typed as the caller's below.
  const find = payload.find as (options: object) => Promise<{ docs: unknown[] }>
  const result = await find({ ...query, limit: 30, depth: 0, pagination: false, overrideAccess: false, user: null })
  return result.docs as TransformCollectionWithSelect<C, S>[]
}

export const feedOutreach = () =>
  newest({
    collection: 'outreach-articles',
    where: listedWhere(),
    sort: '-publishedAt',
    select: { title: true, slug: true, summary: true, publishedAt: true, updatedAt: true },
  })

export const feedEvents = () =>
  newest({
    collection: 'events',
    where: listedWhere(),
    sort: '-startsAt',
    select: { title: true, slug: true, summary: true, startsAt: true, place: true, createdAt: true, updatedAt: true },
  })

export const feedHealthTopics = () =>
  newest({
    collection: 'health-topics',
    where: listedWhere(),
    sort: '-updatedAt',
    select: { title: true, slug: true, summary: true, createdAt: true, updatedAt: true },
  })

/** 留言选登: the collection holds only the redacted, approved public copy of each message. */
export const feedPublishedReplies = () =>
  newest({
    collection: 'published-replies',
    sort: '-repliedAt',
    select: { kind: true, subject: true, answer: true, repliedAt: true, department: true },
  })

/** 征求意见: newest opened first; an entry is updated when its outcome is published. */
export const feedConsultations = () =>
  newest({
    collection: 'consultations',
    where: listedWhere(),
    sort: '-opensOn',
    select: { title: true, slug: true, summary: true, opensOn: true, updatedAt: true },
  })
