import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { isPendingChange, type ReviewState } from '@/platform/publishing/rules/pending-change'

/** The collections under the two-person rule for records (./withPendingChanges.ts), as staff name them. */
export const PENDING_CHANGE_COLLECTIONS = {
  services: '服务项目',
  districts: '区域',
  'policy-documents': '文件附件',
  media: '图片',
} as const
export type PendingChangeCollection = keyof typeof PENDING_CHANGE_COLLECTIONS

export type PendingRecord = {
  collection: PendingChangeCollection
  id: number | string
  title: string
  state: ReviewState
  /** Who proposed it, by name, and when; whether it is this person's own (another reviewer decides). */
  by: string
  at: string
  own: boolean
  removal: boolean
}

const LIMIT = 20
const TITLE_FIELD: Record<PendingChangeCollection, string> = { services: 'name', districts: 'name', 'policy-documents': 'title', media: 'alt' }

/**
 * Records with a change or a new record waiting for a reviewer, read as `user`: the count and the
 * oldest first (they have waited longest), with the proposer's name.
 */
export async function pendingRecords(payload: Payload, user: User): Promise<{ count: number; items: PendingRecord[] }> {
  const found = await Promise.all(
    (Object.keys(PENDING_CHANGE_COLLECTIONS) as PendingChangeCollection[]).map(async (collection) => {
      const result = await payload.find({
        collection,
        where: { reviewState: { in: ['new', 'change'] } },
        sort: 'updatedAt',
        limit: LIMIT,
        depth: 0,
        overrideAccess: false,
        user,
        select: { [TITLE_FIELD[collection]]: true, pendingChange: true, reviewState: true, updatedAt: true } as never,
      })
      return { collection, result }
    }),
  )
  const proposals = found.flatMap(({ collection, result }) =>
    (result.docs as unknown as Record<string, unknown>[]).map((doc) => ({ collection, doc, pending: isPendingChange(doc.pendingChange) ? doc.pendingChange : null })),
  )
  const ids = [...new Set(proposals.map((p) => p.pending?.by).filter((id) => id != null))]
  const people = ids.length
    ? await payload.find({ collection: 'users', where: { id: { in: ids } }, limit: ids.length, depth: 0, overrideAccess: false, user, select: { name: true } as never })
    : { docs: [] }
  const nameOf = new Map((people.docs as { id: unknown; name?: string | null }[]).map((person) => [String(person.id), person.name?.trim() || '工作人员']))
  const items: PendingRecord[] = proposals.map(({ collection, doc, pending }) => ({
    collection,
    id: doc.id as number | string,
    title: String(doc[TITLE_FIELD[collection]] ?? '').trim() || '（无名称）',
    state: doc.reviewState as ReviewState,
    by: pending ? (nameOf.get(String(pending.by)) ?? '工作人员') : '工作人员',
    at: pending?.at ?? String(doc.updatedAt ?? ''),
    own: pending ? String(pending.by) === String(user.id) : false,
    removal: Boolean(pending?.remove),
  }))
  items.sort((a, b) => a.at.localeCompare(b.at))
  return { count: found.reduce((sum, { result }) => sum + result.totalDocs, 0), items: items.slice(0, LIMIT) }
}
