import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrationDatabase, type Query } from './helpers/migration-database'

// The release that moved 留言选登's public versions out of the message into moderated-copies:
// applied to a database holding versions written the old way, it keeps each one (approved ones
// stay published), and its down migration gives the columns back. Real migrations, run by the
// Payload CLI on a database of their own (the suite's others are schema-pushed).
const kind = process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'sqlite'
let database: Awaited<ReturnType<typeof migrationDatabase>>
let query: Query
let cli: (...args: string[]) => Promise<void>

beforeAll(async () => {
  database = await migrationDatabase(kind, 'migration')
  ;({ query, cli } = database)
  await database.beforeRelease('moderated_public_copies')
}, 300_000)

afterAll(async () => {
  await database?.cleanup()
})

/** An old-style message: a reply, the resident's consent, and a public version in the message itself. */
async function insertMessage(code: string, approved: boolean) {
  const yes = kind === 'postgres' ? 'true' : '1'
  const flag = approved ? yes : kind === 'postgres' ? 'false' : '0'
  await query(`INSERT INTO feedback (tracking_code, access_key_hash, kind, subject, message, status, publish_consent, reply, reply_department, replied_at,
      publication_subject, publication_question, publication_answer, publication_approved, updated_at, created_at)
    VALUES ('${code}', 'hash-${code}', 'consultation', '原标题', '原留言', 'replied', ${yes}, '原答复', '基层指导科', '2026-11-02T02:00:00.000Z',
      '公开标题 ${code}', '公开留言 ${code}', '公开答复 ${code}', ${flag}, '2026-11-03T02:00:00.000Z', '2026-11-01T02:00:00.000Z')`)
}

describe(`the moderated-copies migration on ${kind}`, () => {
  it('moves every public version into the desk, keeping approved ones published, and drops the old columns', async () => {
    await insertMessage('MIGRAT01', true)
    await insertMessage('MIGRAT02', false)
    await cli('migrate')
    const copies = await query(`SELECT f.tracking_code, c.status, c.subject, c.question, c.answer, c.kind, c.department, c.approver_name
      FROM moderated_copies c JOIN feedback f ON f.id = c.source_id ORDER BY f.tracking_code`)
    expect(copies.map((row) => ({ ...row }))).toEqual([
      { tracking_code: 'MIGRAT01', status: 'published', subject: '公开标题 MIGRAT01', question: '公开留言 MIGRAT01', answer: '公开答复 MIGRAT01', kind: 'consultation', department: '基层指导科', approver_name: '（升级前批准）' },
      { tracking_code: 'MIGRAT02', status: 'drafting', subject: '公开标题 MIGRAT02', question: '公开留言 MIGRAT02', answer: '公开答复 MIGRAT02', kind: 'consultation', department: '基层指导科', approver_name: null },
    ])
    const columns =
      kind === 'postgres'
        ? await query(`SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'feedback'`)
        : await query(`SELECT name FROM pragma_table_info('feedback')`)
    expect(columns.map((row) => row.name)).not.toContain('publication_question')
    expect(columns.map((row) => row.name)).toContain('publish_consent')
  })
})
