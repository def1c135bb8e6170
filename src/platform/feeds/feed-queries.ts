import config from '@payload-config'
import { getPayload } from 'payload'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'

// Feeds are read as an anonymous visitor, like the pages: the collections' access rules keep
// drafts (and, for replies, everything but the approved public copy) out.
const asVisitor = { overrideAccess: false, user: null } as const
const FEED_SIZE = 30

export async function feedOutreach() {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'outreach-articles',
    where: listedWhere(),
    sort: '-publishedAt',
    limit: FEED_SIZE,
    depth: 0,
    pagination: false,
    select: { title: true, slug: true, summary: true, publishedAt: true, updatedAt: true },
    ...asVisitor,
  })
  return result.docs
}

export async function feedEvents() {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'events',
    where: listedWhere(),
    sort: '-startsAt',
    limit: FEED_SIZE,
    depth: 0,
    pagination: false,
    select: { title: true, slug: true, summary: true, startsAt: true, place: true, createdAt: true, updatedAt: true },
    ...asVisitor,
  })
  return result.docs
}

export async function feedHealthTopics() {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'health-topics',
    where: listedWhere(),
    sort: '-updatedAt',
    limit: FEED_SIZE,
    depth: 0,
    pagination: false,
    select: { title: true, slug: true, summary: true, createdAt: true, updatedAt: true },
    ...asVisitor,
  })
  return result.docs
}

/** 留言选登: the collection holds only the redacted, approved public copy of each message. */
export async function feedPublishedReplies() {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'published-replies',
    sort: '-repliedAt',
    limit: FEED_SIZE,
    depth: 0,
    pagination: false,
    select: { kind: true, subject: true, answer: true, repliedAt: true, department: true },
    ...asVisitor,
  })
  return result.docs
}
