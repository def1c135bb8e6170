import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, Where } from 'payload'
import { CANDIDATE_LIMIT, indexQuery, indexServes, SEARCH_TYPES, type SearchType } from '@/features/search/rules'
import { FTS_TABLE, POSTGRES_TSV_COLUMN, SQLITE_FULLTEXT_REBUILD } from './fulltext-schema'

/** Token lists, any one of which a page must hold entirely (a single list: all of its tokens). */
export type Readings = readonly (readonly string[])[]
type Dialect = 'sqlite' | 'postgres'
type SqlDatabase = {
  name: string
  drizzle: { all?: (query: SQL) => Promise<Record<string, unknown>[]>; execute?: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }
}

function indexDialect(payload: Payload): Dialect | null {
  const name = payload.db.name
  return name === 'sqlite' || name === 'postgres' ? name : null
}

async function rows(payload: Payload, dialect: Dialect, query: SQL): Promise<Record<string, unknown>[]> {
  const db = payload.db as unknown as SqlDatabase
  return dialect === 'sqlite' ? db.drizzle.all!(query) : (await db.drizzle.execute!(query)).rows
}

/** The condition "holds one reading", through the full-text index. */
function matchCondition(dialect: Dialect, readings: Readings): SQL {
  if (dialect === 'sqlite') {
    return sql`d.id IN (SELECT rowid FROM ${sql.raw(FTS_TABLE)} WHERE ${sql.raw(FTS_TABLE)} MATCH ${indexQuery(readings, 'fts5')})`
  }
  return sql`d.${sql.raw(POSTGRES_TSV_COLUMN)} @@ to_tsquery('simple', ${indexQuery(readings, 'tsquery')})`
}

const sectionCondition = (type?: SearchType) => (type ? sql` AND d.type = ${type}` : sql``)

/** Whether the index can answer these readings here (else the caller scans, as before the index). */
export function indexAnswers(payload: Payload, readings: Readings): boolean {
  return indexDialect(payload) !== null && readings.length > 0 && readings.every((tokens) => indexServes(tokens))
}

/**
 * The ids of the newest pages holding one of the readings, through the index, at most `limit`;
 * null when the index cannot answer (another database, or a token the index does not hold whole).
 * Newest as Payload sorts `-publishedAt` on that database, so the same pages are chosen.
 */
export async function newestMatches(payload: Payload, readings: Readings, options: { type?: SearchType; limit?: number } = {}): Promise<number[] | null> {
  const dialect = indexDialect(payload)
  if (!dialect || !indexAnswers(payload, readings)) return null
  const limit = options.limit ?? CANDIDATE_LIMIT
  const found = await rows(
    payload,
    dialect,
    sql`SELECT d.id AS id FROM search_documents d WHERE ${matchCondition(dialect, readings)}${sectionCondition(options.type)} ORDER BY d.published_at DESC LIMIT ${limit}`,
  )
  return found.map((row) => Number(row.id))
}

/**
 * Each section's number of pages holding one of the readings, counted up to `cap + 1` (more is
 * shown as "cap 条以上"): through the index when it answers, else by a scan that stops there too.
 */
export async function sectionCounts(payload: Payload, readings: Readings, cap = CANDIDATE_LIMIT): Promise<Record<SearchType, number>> {
  const dialect = indexDialect(payload)
  const counts = {} as Record<SearchType, number>
  for (const { value: type } of SEARCH_TYPES) {
    if (dialect && indexAnswers(payload, readings)) {
      const [row] = await rows(
        payload,
        dialect,
        sql`SELECT count(*) AS n FROM (SELECT 1 FROM search_documents d WHERE ${matchCondition(dialect, readings)}${sectionCondition(type)} LIMIT ${cap + 1}) AS bounded`,
      )
      counts[type] = Number(row.n)
    } else {
      const holds: Where = { or: readings.map((tokens) => ({ and: tokens.map((token) => ({ tokens: { contains: ` ${token} ` } })) })) }
      const found = await payload.find({ collection: 'search-documents', where: { and: [{ type: { equals: type } }, holds] }, limit: cap + 1, pagination: false, depth: 0, select: {}, overrideAccess: false, user: null })
      counts[type] = found.docs.length
    }
  }
  return counts
}

/**
 * Brings the index in step with search_documents as a whole (after a restore or a bulk load that
 * bypassed the triggers). PostgreSQL's column is computed by the database itself: statistics only.
 */
export async function rebuildFulltextIndex(payload: Payload) {
  const dialect = indexDialect(payload)
  if (dialect === 'sqlite') await rows(payload, dialect, sql.raw(SQLITE_FULLTEXT_REBUILD))
  if (dialect === 'postgres') await rows(payload, dialect, sql`ANALYZE search_documents`)
}
