import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { SQLITE_FULLTEXT_CREATE, SQLITE_FULLTEXT_DROP } from '@/features/search/server/fulltext-schema'

// Written by hand: the FTS5 index of search_documents.tokens and its triggers, which Payload's
// schema cannot declare (the .json snapshot is unchanged from the previous one). A later
// migration that rebuilds search_documents (SQLite's way of changing a column) drops the
// triggers with the old table and must run SQLITE_FULLTEXT_CREATE again.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of SQLITE_FULLTEXT_CREATE) await db.run(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of SQLITE_FULLTEXT_DROP) await db.run(sql.raw(statement))
}
