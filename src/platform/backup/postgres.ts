import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

const SYSTEM_SCHEMAS = "('pg_catalog', 'information_schema', 'pg_toast')"

async function tableCounts(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ table_schema: string; table_name: string }>(
    `SELECT table_schema, table_name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ${SYSTEM_SCHEMAS}`,
  )
  const counts: Record<string, number> = {}
  for (const { table_schema, table_name } of rows) {
    const quoted = `"${table_schema.replace(/"/g, '""')}"."${table_name.replace(/"/g, '""')}"`
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoted}`)
    counts[table_schema === 'public' ? table_name : `${table_schema}.${table_name}`] = Number(result.rows[0].n)
  }
  return counts
}

async function withClient<T>(uri: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 10_000 })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * pg_dump (custom format) of the database, and its row counts read in the very snapshot the dump
 * reads: a transaction exports its snapshot and pg_dump is pointed at it, so the counts in the
 * manifest describe exactly what the dump holds even while the site keeps writing.
 */
export async function dumpPostgresDatabase(uri: string, destination: string): Promise<Record<string, number>> {
  return withClient(uri, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    try {
      const { rows } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot')
      const counts = await tableCounts(client)
      await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0].snapshot}`, `--file=${destination}`, `--dbname=${uri}`], { maxBuffer: 16 * 1024 * 1024 })
      return counts
    } finally {
      await client.query('ROLLBACK')
    }
  })
}

export async function countPostgresRows(uri: string) {
  return withClient(uri, tableCounts)
}

/** Creates the target database when it does not exist yet (a fresh server or name). */
export async function ensurePostgresDatabase(uri: string) {
  try {
    await withClient(uri, async () => undefined)
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error
    const admin = new URL(uri)
    const name = decodeURIComponent(admin.pathname.slice(1))
    admin.pathname = '/postgres'
    await withClient(admin.toString(), (client) => client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`))
  }
}

/** Drops everything in the target's user schemas (restore --force only). */
export async function emptyPostgresDatabase(uri: string) {
  await withClient(uri, async (client) => {
    const { rows } = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname NOT IN ${SYSTEM_SCHEMAS} AND nspname NOT LIKE 'pg\\_%'`,
    )
    for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname.replace(/"/g, '""')}" CASCADE`)
    await client.query('CREATE SCHEMA IF NOT EXISTS public')
  })
}

export async function restorePostgresDatabase(dumpFile: string, uri: string) {
  // The dump recreates the public schema's contents; --exit-on-error stops at the first problem.
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${uri}`, dumpFile], { maxBuffer: 16 * 1024 * 1024 })
}

/** Major versions of pg_dump and of the server: a dump from a newer pg_dump may not restore. */
export async function postgresVersions(uri: string) {
  const { stdout } = await run('pg_dump', ['--version'])
  const server = await withClient(uri, async (client) => (await client.query<{ v: string }>('SHOW server_version')).rows[0].v)
  const major = (text: string) => Number(/(\d+)(?:\.\d+)?/.exec(text)?.[1])
  return { pgDump: major(stdout), server: major(server) }
}
