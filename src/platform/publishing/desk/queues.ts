import type { CollectionSlug, Payload, Where } from 'payload'
import type { User } from '@/payload-types'
import { hasRole } from '@/platform/access/roles'
import { DESK_COLLECTIONS, type DeskCollection } from './take-desk-action'

export const DESK_QUEUES = ['myDrafts', 'awaitingMyReview', 'returned', 'scheduled', 'unreviewed'] as const
export type DeskQueue = (typeof DESK_QUEUES)[number]

export const DESK_QUEUE_LABELS: Readonly<Record<DeskQueue, string>> = Object.freeze({
  myDrafts: '我的草稿',
  awaitingMyReview: '待我审核',
  returned: '已退回',
  scheduled: '已定时',
  unreviewed: '未经审核发布',
})

export type QueueItem = {
  collection: DeskCollection
  id: string | number
  title: string
  /** Who wrote the last change, who submitted it: names, never addresses. */
  author: string
  submitter: string
  submittedAt: string | null
  scheduledAt: string | null
  remark: string | null
  updatedAt: string
}

export type DeskQueues = Record<DeskQueue, { count: number; items: QueueItem[] }>

const LIMIT = 20

/** Which documents belong in each queue for `user` (null: the queue is not theirs). */
function whereFor(queue: DeskQueue, user: User): Where | null {
  const mine = { equals: user.id }
  switch (queue) {
    case 'myDrafts':
      return { and: [{ deskState: { equals: 'draft' } }, { lastEditedBy: mine }] }
    case 'awaitingMyReview':
      return hasRole(user, 'reviewer', 'admin') ? { and: [{ deskState: { equals: 'submitted' } }, { submittedBy: { not_equals: user.id } }] } : null
    case 'returned':
      return { and: [{ deskState: { equals: 'returned' } }, { or: [{ submittedBy: mine }, { lastEditedBy: mine }] }] }
    case 'scheduled':
      return { deskState: { equals: 'scheduled' } }
    case 'unreviewed':
      return { awaitingReview: { equals: true } }
  }
}

const nameOf = (value: unknown) => {
  const person = value && typeof value === 'object' ? (value as { name?: string | null }) : null
  return person?.name?.trim() || (value ? '工作人员' : '')
}

/**
 * The desk's queues for `user` across every public content collection, read as that user
 * (overrideAccess: false), newest versions (drafts) included: counts, and the first items of each.
 */
export async function deskQueues(payload: Payload, user: User): Promise<DeskQueues> {
  const entries = await Promise.all(
    DESK_QUEUES.map(async (queue) => {
      const where = whereFor(queue, user)
      if (!where) return [queue, { count: 0, items: [] }] as const
      const found = await Promise.all(
        DESK_COLLECTIONS.map((collection) =>
          payload.find({
            collection: collection as CollectionSlug,
            where,
            draft: queue !== 'unreviewed',
            depth: 1,
            limit: LIMIT,
            sort: queue === 'scheduled' ? 'scheduledAt' : '-updatedAt',
            overrideAccess: false,
            user,
            select: { [collection === 'service-stations' ? 'name' : 'title']: true, lastEditedBy: true, submittedBy: true, submittedAt: true, scheduledAt: true, returnRemark: true, updatedAt: true } as never,
            populate: { users: { name: true } } as never,
          }).then((result) => ({ collection, result })),
        ),
      )
      const items: QueueItem[] = found.flatMap(({ collection, result }) =>
        (result.docs as Record<string, unknown>[]).map((doc) => ({
          collection,
          id: doc.id as string | number,
          title: String(doc.title ?? doc.name ?? '').trim() || '（无标题）',
          author: nameOf(doc.lastEditedBy),
          submitter: nameOf(doc.submittedBy),
          submittedAt: (doc.submittedAt as string) ?? null,
          scheduledAt: (doc.scheduledAt as string) ?? null,
          remark: (doc.returnRemark as string) ?? null,
          updatedAt: String(doc.updatedAt ?? ''),
        })),
      )
      items.sort((a, b) => (queue === 'scheduled' ? String(a.scheduledAt).localeCompare(String(b.scheduledAt)) : b.updatedAt.localeCompare(a.updatedAt)))
      const count = found.reduce((sum, { result }) => sum + result.totalDocs, 0)
      return [queue, { count, items: items.slice(0, LIMIT) }] as const
    }),
  )
  return Object.fromEntries(entries) as DeskQueues
}
