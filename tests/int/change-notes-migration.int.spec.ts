import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createClient } from '@libsql/client'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createThrowawayDatabase, dropDatabase } from '../setup/postgres'

// The release that merged 公开的修改记录 (policy notices' changeHistory) into the one change-note
// list of the publishing workflow: applied to a database holding notes of both kinds, every note
// that was public stays public, in date order, on the notice and on its versions. Real migrations,
// run by the Payload CLI on a database of their own (the suite's others are schema-pushed).
const run = promisify(execFile)
const kind = process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'sqlite'
let uri: string
let cleanup: () => Promise<void>

type Query = (text: string) => Promise<Record<string, unknown>[]>
let query: Query

async function cli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: uri, PAYLOAD_DB_PUSH: '0', PAYLOAD_SECRET: 'migration-test', NODE_ENV: 'production' }
  await run('npx', ['payload', ...args], { env, cwd: process.cwd(), timeout: 120_000, maxBuffer: 16 * 1024 * 1024 })
}

beforeAll(async () => {
  if (kind === 'postgres') {
    const database = await createThrowawayDatabase('site_change_notes')
    uri = database.uri
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    query = async (text) => (await client.query(text)).rows
    cleanup = async () => {
      await client.end()
      await dropDatabase(database.name)
    }
  } else {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'site-change-notes-'))
    uri = `file:${path.join(folder, 'site.db')}`
    const client = createClient({ url: uri })
    query = async (text) => (await client.execute(text)).rows as unknown as Record<string, unknown>[]
    cleanup = async () => {
      client.close()
      fs.rmSync(folder, { recursive: true, force: true })
    }
  }
  await cli('migrate')
  // As a database from before this release: this migration is its own batch, so migrate:down
  // takes back just it, and the rows below are written the old way.
  await query(`UPDATE payload_migrations SET batch = 2 WHERE name LIKE '%_i20_one_change_note_list'`)
  await cli('migrate:down')
}, 300_000)

afterAll(async () => {
  await cleanup?.()
})

const day = (value: unknown) => new Date(value as string).toISOString().slice(0, 10)

describe(`the one-change-note-list migration on ${kind}`, () => {
  it('moves the public change history of notices and their versions into 修改记录, in date order', async () => {
    await query(`INSERT INTO policy_notices (id, title, _status) VALUES (901, '旧通知', 'published')`)
    await query(`INSERT INTO _policy_notices_v (id, parent_id, version_title, version__status, latest) VALUES (951, 901, '旧通知', 'published', ${kind === 'postgres' ? 'true' : '1'})`)
    await query(`INSERT INTO policy_notices_change_notes (_order, _parent_id, id, date, note) VALUES (1, 901, 'note-a', '2024-05-01T02:00:00.000Z', '审核台公示的说明')`)
    await query(`INSERT INTO policy_notices_change_history (_order, _parent_id, id, date, note) VALUES
      (1, 901, 'hist-a', '2023-02-10T00:00:00.000Z', '早先的修改记录'), (2, 901, 'hist-b', '2025-01-15T00:00:00.000Z', '后来的修改记录')`)
    await query(`INSERT INTO _policy_notices_v_version_change_history (_order, _parent_id, date, note, _uuid) VALUES
      (1, 951, '2023-02-10T00:00:00.000Z', '早先的修改记录', 'hist-a')`)
    await cli('migrate')

    const notes = await query(`SELECT date, note FROM policy_notices_change_notes WHERE _parent_id = 901 ORDER BY _order`)
    expect(notes.map((row) => [day(row.date), row.note])).toEqual([
      ['2023-02-10', '早先的修改记录'],
      ['2024-05-01', '审核台公示的说明'],
      ['2025-01-15', '后来的修改记录'],
    ])
    const versionNotes = await query(`SELECT note, _uuid FROM _policy_notices_v_version_change_notes WHERE _parent_id = 951 ORDER BY _order`)
    expect(versionNotes.map((row) => ({ ...row }))).toEqual([{ note: '早先的修改记录', _uuid: 'hist-a' }])
    const tables =
      kind === 'postgres'
        ? await query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`)
        : await query(`SELECT name FROM sqlite_master WHERE type = 'table'`)
    expect(tables.map((row) => row.name)).not.toContain('policy_notices_change_history')
  }, 300_000)
})
