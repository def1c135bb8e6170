import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import config from '@payload-config'
import { createClient } from '@libsql/client'
import pg from 'pg'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createThrowawayDatabase, dropDatabase } from '../setup/postgres'

// The migrations in src/migrations must build the very schema the collections declare: the suite's
// other databases are schema-pushed, production's are migrated. Several branches each adding a
// migration from the same snapshot can leave a column out (or a SQLite table rebuild can drop one
// another migration added); this compares a migrated database with a pushed one, column by column.
const run = promisify(execFile)
const kind = process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'sqlite'

/** `table.column` → type, and `table index name` → 'index'. */
type Columns = Map<string, string>
type ReadSchema = (uri: string) => Promise<Columns>

const readSqlite: ReadSchema = async (uri) => {
  const client = createClient({ url: uri })
  try {
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'",
    )
    const columns: Columns = new Map()
    for (const { name } of tables.rows as unknown as { name: string }[]) {
      const info = await client.execute(`PRAGMA table_info("${name}")`)
      for (const row of info.rows as unknown as { name: string; type: string; notnull: number }[]) {
        columns.set(`${name}.${row.name}`, `${row.type.toLowerCase()}${row.notnull ? ' not null' : ''}`)
      }
    }
    const indexes = await client.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")
    for (const row of indexes.rows as unknown as { name: string; tbl_name: string }[]) columns.set(`${row.tbl_name} index ${row.name}`, 'index')
    return columns
  } finally {
    client.close()
  }
}

const readPostgres: ReadSchema = async (uri) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
      "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public'",
    )
    const indexes = await client.query<{ tablename: string; indexname: string }>("SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'public'")
    return new Map([
      ...rows.map((row): [string, string] => [`${row.table_name}.${row.column_name}`, `${row.data_type}${row.is_nullable === 'NO' ? ' not null' : ''}`]),
      ...indexes.rows.map((row): [string, string] => [`${row.tablename} index ${row.indexname}`, 'index']),
    ])
  } finally {
    await client.end()
  }
}

const readSchema = kind === 'postgres' ? readPostgres : readSqlite
let migratedUri: string
let cleanup: () => Promise<void> = async () => {}

beforeAll(async () => {
  if (kind === 'postgres') {
    const database = await createThrowawayDatabase('site_schema')
    migratedUri = database.uri
    cleanup = () => dropDatabase(database.name)
  } else {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'site-schema-'))
    migratedUri = `file:${path.join(folder, 'site.db')}`
    cleanup = async () => fs.rmSync(folder, { recursive: true, force: true })
  }
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: migratedUri, PAYLOAD_DB_PUSH: '0', PAYLOAD_SECRET: 'schema-test', NODE_ENV: 'production' }
  await run('npx', ['payload', 'migrate'], { env, cwd: process.cwd(), timeout: 180_000, maxBuffer: 16 * 1024 * 1024 })
  await getPayload({ config }) // pushes the declared schema into this file's own database
}, 240_000)

afterAll(async () => {
  await cleanup()
})

describe(`the migrations on ${kind}`, () => {
  it('build every table, column and index the collections declare, with the same types', async () => {
    // payload_migrations is the migrator's own ledger: a pushed database has it in another shape.
    const ledger = (column: string) => column.startsWith('payload_migrations')
    const declared = new Map([...(await readSchema(process.env.DATABASE_URI!))].filter(([column]) => !ledger(column)))
    const migrated = new Map([...(await readSchema(migratedUri))].filter(([column]) => !ledger(column)))
    const missing = [...declared].filter(([column, type]) => migrated.get(column) !== type).map(([column, type]) => `${column} ${type} (migrated: ${migrated.get(column) ?? 'absent'})`)
    const extra = [...migrated.keys()].filter((column) => !declared.has(column))
    expect(declared.size).toBeGreaterThan(300)
    expect(missing).toEqual([])
    expect(extra).toEqual([])
  })
})
