import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createClient } from '@libsql/client'
import pg from 'pg'
import { createThrowawayDatabase, dropDatabase } from '../../setup/postgres'

const run = promisify(execFile)

export type Query = (text: string) => Promise<Record<string, unknown>[]>

/**
 * A database of its own (this run's kind) changed by the real migrations through the Payload CLI,
 * the suite's others being schema-pushed: `cli('migrate')`, plain SQL through `query`.
 */
export async function migrationDatabase(kind: 'sqlite' | 'postgres', name: string) {
  let uri: string
  let query: Query
  let cleanup: () => Promise<void>
  if (kind === 'postgres') {
    const database = await createThrowawayDatabase(`site_${name.replaceAll('-', '_')}`)
    uri = database.uri
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    query = async (text) => (await client.query(text)).rows
    cleanup = async () => {
      await client.end()
      await dropDatabase(database.name)
    }
  } else {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), `site-${name}-`))
    uri = `file:${path.join(folder, 'site.db')}`
    const client = createClient({ url: uri })
    query = async (text) => (await client.execute(text)).rows as unknown as Record<string, unknown>[]
    cleanup = async () => {
      client.close()
      fs.rmSync(folder, { recursive: true, force: true })
    }
  }
  const cli = async (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: uri, PAYLOAD_DB_PUSH: '0', PAYLOAD_SECRET: 'migration-test', NODE_ENV: 'production' }
    await run('npx', ['payload', ...args], { env, cwd: process.cwd(), timeout: 120_000, maxBuffer: 16 * 1024 * 1024 })
  }
  /**
   * As a database from before the release of migration `suffix`: everything migrated, then that
   * migration made its own batch and taken back, so rows can be written the old way.
   */
  const beforeRelease = async (suffix: string) => {
    await cli('migrate')
    await query(`UPDATE payload_migrations SET batch = 2 WHERE name LIKE '%_${suffix}'`)
    await cli('migrate:down')
  }
  return { query, cli, beforeRelease, cleanup }
}
