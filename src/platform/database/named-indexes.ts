import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * A multi-column index named after its table and columns (`feedback_assigned_to_status_due_at_idx`).
 * Payload's own compound `indexes` are named by their fields alone, numbered on a clash across
 * tables, which makes a migration's names depend on the order of the collections; these do not.
 * `fields` are the collection's field names (Payload's keys of the Drizzle table), in index order.
 */
export type NamedIndex = { table: string; fields: readonly string[] }

type Column = { name: string }
type Table = Record<string, unknown>
type Schema = { tables: Record<string, Table> }
type ExtendTable = (args: { table: never; extraConfig: (table: Table) => Record<string, unknown> }) => void
type Builder = (name: string) => { on: (...columns: never[]) => unknown }

function columnsOf(table: Table, { table: tableName, fields }: NamedIndex): Column[] {
  return fields.map((field) => {
    const column = table[field] as Column | undefined
    if (!column?.name) throw new Error(`named index on ${tableName}: no column for field "${field}"`)
    return column
  })
}

export const namedIndexName = (index: NamedIndex, columns: Column[]) => `${index.table}_${columns.map((c) => c.name).join('_')}_idx`

function schemaHook(build: Builder, indexes: readonly NamedIndex[]) {
  return ({ schema, extendTable }: { schema: Schema; extendTable: ExtendTable }) => {
    for (const index of indexes) {
      const table = schema.tables[index.table]
      if (!table) throw new Error(`named index: no table "${index.table}"`)
      extendTable({
        table: table as never,
        extraConfig: (t) => {
          const columns = columnsOf(t, index)
          const name = namedIndexName(index, columns)
          return { [name]: build(name).on(...(columns as never[])) }
        },
      })
    }
    return schema
  }
}

/** The `afterSchemaInit` hook for each SQL adapter. */
export const sqliteNamedIndexes = (indexes: readonly NamedIndex[]) => schemaHook(sqliteIndex as unknown as Builder, indexes)
export const postgresNamedIndexes = (indexes: readonly NamedIndex[]) => schemaHook(pgIndex as unknown as Builder, indexes)
