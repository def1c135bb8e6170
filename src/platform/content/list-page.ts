import config from '@payload-config'
import { getPayload, type CollectionSlug, type Where } from 'payload'
import { formatCursor, keysetCondition, type ListCursor, type ListPosition } from './rules/list-paging'

/**
 * One page of a public list, newest first, as a visitor sees it. `page` is null on a keyset page;
 * `older` and `newer` are the cursors of the next pages in either direction, when there are any.
 */
export type ListPage<T> = { docs: T[]; totalDocs: number; page: number | null; totalPages: number; older: string | null; newer: string | null }

type ListQuery = {
  collection: CollectionSlug
  where: Where
  /** The date field the list is sorted by, newest first; the id breaks ties. */
  sortField: string
  limit: number
  position: ListPosition
  depth?: number
  select?: Record<string, unknown>
  populate?: Record<string, unknown>
}

const asVisitor = { overrideAccess: false, user: null } as const

// A list's total is the one figure that reads every matching row (an index-only scan with the list
// indexes, still proportional to the list). It is shared for a second by every request showing
// the same list on this instance, which keeps a publish visible within the 2 s the site promises.
const COUNT_FOR_MS = 1000
const MAX_COUNTS = 500
const counts = new Map<string, { at: number; total: Promise<number> }>()

export function countListed(collection: CollectionSlug, where: Where): Promise<number> {
  const key = `${collection} ${JSON.stringify(where)}`
  const now = Date.now()
  const known = counts.get(key)
  if (known && now - known.at < COUNT_FOR_MS) return known.total
  const total = getPayload({ config })
    .then((payload) => payload.count({ collection, where, ...asVisitor }))
    .then((result) => result.totalDocs)
  total.catch(() => counts.delete(key))
  counts.delete(key)
  counts.set(key, { at: now, total })
  if (counts.size > MAX_COUNTS) counts.delete(counts.keys().next().value as string)
  return total
}

const cursorOf = (doc: Record<string, unknown>, sortField: string): string | null =>
  typeof doc[sortField] === 'string' ? formatCursor({ value: doc[sortField] as string, id: doc.id as ListCursor['id'] }) : null

/**
 * Numbered pages read by offset (cheap for the first few with the list indexes); keyset pages
 * read one more item than they show, to know whether the list goes on. Neither counts by itself:
 * the total comes from countListed.
 */
export async function findListPage<T>(query: ListQuery): Promise<ListPage<T>> {
  const { collection, where, sortField, limit, position } = query
  const payload = await getPayload({ config })
  const common = { collection, depth: query.depth ?? 0, select: query.select, populate: query.populate, pagination: false, ...asVisitor } as const
  const totalDocs = await countListed(collection, where)
  const totalPages = Math.ceil(totalDocs / limit)
  if ('page' in position) {
    const found = await payload.find({ ...common, where, sort: [`-${sortField}`, '-id'], limit, page: position.page } as never)
    const docs = found.docs as unknown as Record<string, unknown>[]
    const last = docs.at(-1)
    return {
      docs: docs as T[],
      totalDocs,
      page: position.page,
      totalPages,
      older: last && position.page < totalPages ? cursorOf(last, sortField) : null,
      newer: docs[0] && position.page > 1 ? cursorOf(docs[0], sortField) : null,
    }
  }
  const older = 'older' in position
  const found = await payload.find({
    ...common,
    where: { and: [where, keysetCondition(sortField, position) as Where] },
    sort: older ? [`-${sortField}`, '-id'] : [sortField, 'id'],
    limit: limit + 1,
  } as never)
  const rows = found.docs as unknown as Record<string, unknown>[]
  const more = rows.length > limit
  const docs = older ? rows.slice(0, limit) : rows.slice(0, limit).reverse()
  const first = docs[0]
  const last = docs.at(-1)
  return {
    docs: docs as T[],
    totalDocs,
    page: null,
    totalPages,
    // Coming from one side, the list certainly goes on that way.
    older: last && (older ? more : true) ? cursorOf(last, sortField) : null,
    newer: first && (older ? true : more) ? cursorOf(first, sortField) : null,
  }
}
