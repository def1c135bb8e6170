import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

type SqlDatabase = { run?: (query: unknown) => Promise<unknown>; execute?: (query: unknown) => Promise<unknown> }

/**
 * Refreshes the planner's statistics after a bulk load (seed, import, bench), so the first list
 * queries already choose the list indexes. SQLite and PostgreSQL both take a plain `ANALYZE`
 * (drizzle's `sql` is dialect-neutral); MongoDB keeps no such statistics.
 */
export async function analyzeTables(payload: Payload): Promise<void> {
  const db = (payload.db as unknown as { drizzle?: SqlDatabase }).drizzle
  if (payload.db.name === 'sqlite') await db?.run?.(sql.raw('ANALYZE'))
  else if (payload.db.name === 'postgres') await db?.execute?.(sql.raw('ANALYZE'))
}
