/**
 * Where a visitor is in a long list, newest first. The first few pages are numbered (`?page=3`);
 * past them the list is paged by keyset: `?older=<cursor>` shows what comes after the cursor's
 * item, `?newer=<cursor>` what comes before it, so a deep page costs the database as little as the
 * first one and an item published meanwhile neither repeats nor skips one. The cursor is the sort
 * value and the id of the last (or first) item shown: `2024-05-01T02:00:00.000Z~123`.
 */
export const NUMBERED_PAGES = 5

export type ListCursor = { value: string; id: number | string }
export type ListPosition = { page: number } | { older: ListCursor } | { newer: ListCursor }

type SearchParams = Record<string, string | string[] | undefined>

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/
const ID = /^(\d{1,15}|[a-f0-9]{24})$/

export function formatCursor(cursor: ListCursor): string {
  return `${cursor.value}~${cursor.id}`
}

/** A cursor as formatCursor wrote it, or null for anything else (a tampered link shows page 1). */
export function parseCursor(text: string | undefined): ListCursor | null {
  if (!text || text.length > 80) return null
  const at = text.lastIndexOf('~')
  const value = text.slice(0, at)
  const id = text.slice(at + 1)
  if (at < 0 || !ISO_TIME.test(value) || !ID.test(id)) return null
  return { value, id: /^\d+$/.test(id) ? Number(id) : id }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** `?older=` or `?newer=` when it holds a cursor, else the numbered `page` the list already read. */
export function listPosition(params: SearchParams, page: number): ListPosition {
  const older = parseCursor(first(params.older))
  if (older) return { older }
  const newer = parseCursor(first(params.newer))
  if (newer) return { newer }
  return { page }
}

/** One of the numbered pages every visitor can reach from the list (worth keeping in a cache). */
export function isFirstPages(position: ListPosition): boolean {
  return 'page' in position && Number.isInteger(position.page) && position.page >= 1 && position.page <= NUMBERED_PAGES
}

type Condition = Record<string, unknown>

/**
 * The database condition for a keyset page of a list sorted by `field` descending then id
 * descending: items after the cursor (older) or before it (newer).
 */
export function keysetCondition(field: string, position: { older: ListCursor } | { newer: ListCursor }): Condition {
  const older = 'older' in position
  const { value, id } = older ? position.older : position.newer
  const beyond = older ? 'less_than' : 'greater_than'
  return { or: [{ [field]: { [beyond]: value } }, { and: [{ [field]: { equals: value } }, { id: { [beyond]: id } }] }] }
}

/** A list's address (`/policies?year=2015`) with a keyset cursor added. */
export function withCursor(href: string, direction: 'older' | 'newer', cursor: string): string {
  const base = href.endsWith('?') ? href.slice(0, -1) : href
  return `${base}${base.includes('?') ? '&' : '?'}${direction}=${encodeURIComponent(cursor)}`
}
