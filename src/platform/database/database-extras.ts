import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import type { DerivedSqliteObjects } from './keep-derived-objects'
import type { ListIndexes } from './list-indexes'

/**
 * What features add to the database beyond their collections: SQLite objects Payload cannot
 * declare (kept through schema push, see keep-derived-objects.ts), and PostgreSQL schema hooks
 * (extra columns and indexes, which push and migrate:create then know about).
 */
export type DatabaseExtras = {
  /** The collections' multi-column indexes named after their table, on both SQL databases (list-indexes.ts). */
  indexes?: ListIndexes
  sqlite?: DerivedSqliteObjects
  postgresAfterSchemaInit?: PostgresAdapterArgs['afterSchemaInit']
}
