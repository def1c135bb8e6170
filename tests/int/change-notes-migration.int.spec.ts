import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrationDatabase, type Query } from './helpers/migration-database'

// The release that merged 公开的修改记录 (policy notices' changeHistory) into the one change-note
// list of the publishing workflow: applied to a database holding notes of both kinds, every note
// that was public stays public, in date order, on the notice and on its versions. Real migrations,
// run by the Payload CLI on a database of their own (the suite's others are schema-pushed).
const kind = process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'sqlite'
let database: Awaited<ReturnType<typeof migrationDatabase>>
let query: Query
let cli: (...args: string[]) => Promise<void>

beforeAll(async () => {
  database = await migrationDatabase(kind, 'change-notes')
  ;({ query, cli } = database)
  await database.beforeRelease('i20_one_change_note_list')
}, 300_000)

afterAll(async () => {
  await database?.cleanup()
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
