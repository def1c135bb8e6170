import { sql } from '@payloadcms/db-sqlite/drizzle'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import type { CollectionConfig } from 'payload'

/**
 * A covering index for a public list, named after its table (`policy_notices_listed_idx`), so two
 * collections indexing the same columns get two indexes. Payload's own `indexes` name a compound
 * index by its columns alone, and a second collection with the same pair would get a renamed or
 * clashing one. `fields` are field paths (`withdrawal.withdrawn`), in index order: the equality
 * conditions first, then the sort keys, then columns only read, so a count is an index-only scan.
 */
export type ListIndex = {
  name: string
  fields: string[]
  /**
   * Only the rows whose first column is set (a partial index), for a column empty in almost every
   * row, such as a rare link. SQLite's statistics count all those empty rows as one value, so after
   * ANALYZE a full index looks useless for `= ?` and the planner scans the table instead.
   */
  setOnly?: boolean
}

/** Table name → its list indexes, as `listIndexesOf` collects them from the collections. */
export type ListIndexes = Record<string, ListIndex[]>

const tableOf = (slug: string) => slug.replaceAll('-', '_')

/** A collection's `custom` entry declaring its list indexes; the SQL adapters build them. */
export function listIndexes(slug: string, indexes: ListIndex[]) {
  for (const { name } of indexes) {
    if (!name.startsWith(`${tableOf(slug)}_`)) throw new Error(`list index ${name} of ${slug} must start with "${tableOf(slug)}_"`)
  }
  return { listIndexes: indexes }
}

export function listIndexesOf(collections: CollectionConfig[]): ListIndexes {
  return Object.fromEntries(
    collections.filter((c) => c.custom?.listIndexes).map((c) => [tableOf(c.slug), c.custom?.listIndexes as ListIndex[]]),
  )
}

type Columns = Record<string, unknown>
type Extend = (options: { table: never; extraConfig: (columns: never) => Record<string, unknown> }) => void
type Build = (name: string, columns: unknown[], setOnly: boolean) => unknown

function addIndexes(indexes: ListIndexes, tables: Record<string, unknown>, extendTable: Extend, build: Build) {
  for (const [tableName, list] of Object.entries(indexes)) {
    const table = tables[tableName]
    if (!table) throw new Error(`list indexes: there is no table ${tableName}`)
    const extraConfig = (columns: Columns) =>
      Object.fromEntries(
        list.map(({ name, fields, setOnly = false }) => {
          const on = fields.map((field) => {
            const column = columns[field.replaceAll('.', '_')]
            if (!column) throw new Error(`list index ${name}: ${tableName} has no column for ${field}`)
            return column
          })
          return [name, build(name, on, setOnly)]
        }),
      )
    extendTable({ table: table as never, extraConfig: extraConfig as (columns: never) => Record<string, unknown> })
  }
}

/** The `afterSchemaInit` hook of the SQLite adapter that adds the list indexes. */
export const sqliteListIndexes =
  (indexes: ListIndexes): SQLiteSchemaHook =>
  ({ schema, extendTable }) => {
    addIndexes(indexes, schema.tables, extendTable as unknown as Extend, (name, on, setOnly) => {
      const index = sqliteIndex(name).on(...(on as Parameters<ReturnType<typeof sqliteIndex>['on']>))
      return setOnly ? index.where(sql`${on[0]} IS NOT NULL`) : index
    })
    return schema
  }

/** The `afterSchemaInit` hook of the PostgreSQL adapter that adds the list indexes. */
export const postgresListIndexes =
  (indexes: ListIndexes): NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number] =>
  ({ schema, extendTable }) => {
    addIndexes(indexes, schema.tables, extendTable as unknown as Extend, (name, on, setOnly) => {
      const index = pgIndex(name).on(...(on as Parameters<ReturnType<typeof pgIndex>['on']>))
      return setOnly ? index.where(sql`${on[0]} IS NOT NULL`) : index
    })
    return schema
  }
