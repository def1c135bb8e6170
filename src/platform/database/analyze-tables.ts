import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

type SqlDatabase = { run?: (query: unknown) => Promise<unknown>; execute?: (query: unknown) => Promise<unknown> }

/**
 * Refreshes the planner's statistics after a bulk load (seed, import, bench), so the first list
 * queries already choose the list indexes; MongoDB keeps no such statistics. PostgreSQL also gets
 * its visibility map (`VACUUM`), which autovacuum would write soon after such a load: without it
 * a covering index still reads every row it counts (the open-data figures: a table scan instead
 * of an index-only scan). Drizzle's `sql` is dialect-neutral.
 */
export async function analyzeTables(payload: Payload): Promise<void> {
  const db = (payload.db as unknown as { drizzle?: SqlDatabase }).drizzle
  if (payload.db.name === 'sqlite') await db?.run?.(sql.raw('ANALYZE'))
  else if (payload.db.name === 'postgres') await db?.execute?.(sql.raw('VACUUM (ANALYZE)'))
}
