// The database objects of the full-text index over `search_documents.tokens`. Migrations create
// them (src/migrations/*/…_search_fulltext.ts); payload.config.ts hands them to the database
// adapter so that a schema push (throw-away test databases) has them too.
import { customType, index } from '@payloadcms/db-postgres/drizzle/pg-core'
import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

import type { DatabaseExtras } from '@/platform/database/database-extras'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

export const FTS_TABLE = 'search_documents_fts'

/**
 * SQLite: an FTS5 external-content table (it stores only the index; the text stays in
 * search_documents, rowid = id), kept in step by triggers, filled from what is there. `unicode61`
 * keeps letters and digits of a space-separated token together; diacritics are kept as typed.
 */
export const SQLITE_FULLTEXT_CREATE: readonly string[] = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS_TABLE} USING fts5(tokens, content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`,
  `CREATE TRIGGER IF NOT EXISTS ${FTS_TABLE}_insert AFTER INSERT ON search_documents BEGIN
     INSERT INTO ${FTS_TABLE}(rowid, tokens) VALUES (new.id, new.tokens);
   END`,
  `CREATE TRIGGER IF NOT EXISTS ${FTS_TABLE}_delete AFTER DELETE ON search_documents BEGIN
     INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, tokens) VALUES ('delete', old.id, old.tokens);
   END`,
  `CREATE TRIGGER IF NOT EXISTS ${FTS_TABLE}_update AFTER UPDATE ON search_documents BEGIN
     INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, tokens) VALUES ('delete', old.id, old.tokens);
     INSERT INTO ${FTS_TABLE}(rowid, tokens) VALUES (new.id, new.tokens);
   END`,
  `INSERT INTO ${FTS_TABLE}(${FTS_TABLE}) VALUES ('rebuild')`,
]

export const SQLITE_FULLTEXT_DROP: readonly string[] = [
  `DROP TRIGGER IF EXISTS ${FTS_TABLE}_insert`,
  `DROP TRIGGER IF EXISTS ${FTS_TABLE}_delete`,
  `DROP TRIGGER IF EXISTS ${FTS_TABLE}_update`,
  `DROP TABLE IF EXISTS ${FTS_TABLE}`,
]

/** Re-reads every row of search_documents into the FTS5 index (after a restore or a bulk load). */
export const SQLITE_FULLTEXT_REBUILD = SQLITE_FULLTEXT_CREATE[SQLITE_FULLTEXT_CREATE.length - 1]

/** PostgreSQL: the generated column and its GIN index, in the schema itself (push and migrations alike). */
export const POSTGRES_TSV_COLUMN = 'tokens_tsv'
/** As PostgreSQL prints the expression back, so that a push finds nothing to change. */
const TSV_EXPRESSION = `to_tsvector('simple'::regconfig, (tokens)::text)`

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

export const postgresFulltextColumn: PostgresSchemaHook = ({ schema, extendTable }) => {
  extendTable({
    table: schema.tables.search_documents,
    columns: { tokensTsv: tsvector(POSTGRES_TSV_COLUMN).generatedAlwaysAs(sql.raw(TSV_EXPRESSION)) },
    extraConfig: (table) => ({ search_documents_tokens_tsv_idx: index('search_documents_tokens_tsv_idx').using('gin', table.tokensTsv) }),
  })
  return schema
}

/** What payload.config.ts hands to `databaseAdapter`. */
export const SEARCH_DATABASE_EXTRAS: DatabaseExtras = {
  sqlite: { drop: SQLITE_FULLTEXT_DROP, create: SQLITE_FULLTEXT_CREATE },
  postgresAfterSchemaInit: [postgresFulltextColumn],
}
