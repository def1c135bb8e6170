import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { HANDLING_STATUSES } from '@/features/feedback/rules/handling'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { assembleFigures, monthsEnding } from '@/features/open-data/rules'
import { OPEN_DATA_MONTHS, openDataFigures } from '@/features/open-data/server'
import { countsCellsQuery } from '@/features/open-data/server/figures-sql'
import { seededRandom } from '../bench/seeding'
import { groupedCountsFourQueries } from './helpers/open-data-four-queries'

// The one grouped query (by month, kind and department, summed up in TypeScript) against the four
// grouped queries it replaced, on a known set of messages that has every value each counted
// column can hold, NULLs included: departments and none, moderation flag true, false and NULL, a
// reply without working days, ratings and none, months before, inside and after the period. The
// rows go in directly (as in the bench): both computations read the same stored columns.
let payload: Payload
const NOW = new Date('2026-03-20T12:00:00+08:00')
const MONTHS = monthsEnding('2026-05', 18) // 2024-12 … 2026-05: before the period and after "now"
const COUNT = 600

type SqlAdapter = { drizzle: { insert(table: object): { values(rows: object[]): PromiseLike<unknown> } }; tables: Record<string, object> }

async function insertMessages() {
  const { random, pick, between } = seededRandom(20260320)
  const departmentIds: (number | null)[] = [null]
  for (const name of ['生育服务处', '妇幼健康处', '疾病预防控制处']) {
    departmentIds.push((await payload.create({ collection: 'departments', data: { name }, overrideAccess: true })).id)
  }
  const rows = Array.from({ length: COUNT }, (_, i) => {
    const replied = random() < 0.6
    return {
      trackingCode: `FK-2026-G${String(i).padStart(5, '0')}`,
      kind: pick(FEEDBACK_KINDS).value,
      status: pick(HANDLING_STATUSES),
      subject: '分组统计测试',
      message: '分组统计测试留言',
      replyBy: 'none',
      accessKeyHash: `grouping-${i}`,
      receivedMonth: pick(MONTHS),
      needsModeration: pick([true, false, null]),
      department: pick(departmentIds),
      firstRepliedAt: replied ? new Date(NOW.getTime() - between(1, 400) * 86_400_000).toISOString() : null,
      workingDaysToReply: replied && random() < 0.9 ? between(0, 20) : null,
      repliedOnTime: replied ? pick([true, false, null]) : null,
      rating: pick(['satisfied', 'basically', 'unsatisfied', null, null]),
    }
  })
  const { drizzle, tables } = payload.db as unknown as SqlAdapter
  await drizzle.insert(tables.feedback).values(rows)
}

/** The figures as the four grouped queries gave them, for the same period. */
async function figuresBefore(now: Date, months: number) {
  const current = await openDataFigures(payload, { now, months })
  const grouped = await groupedCountsFourQueries(payload, { from: current.from, to: current.to })
  return { current, before: assembleFigures({ to: current.to, months, generatedAt: now }, grouped) }
}

beforeAll(async () => {
  payload = await getPayload({ config })
  await insertMessages()
}, 60_000)

describe('open-data figures from one grouped query', () => {
  it.each([
    ['a year', OPEN_DATA_MONTHS],
    ['four months', 4],
    ['the current month', 1],
    ['every month stored and more', 24],
  ])('equal the four grouped queries over %s', async (_name, months) => {
    const { current, before } = await figuresBefore(NOW, months)
    expect(current).toEqual(before)
  })

  it('count something in every grouping, so the comparison compares', async () => {
    const { current } = await figuresBefore(NOW, OPEN_DATA_MONTHS)
    expect(current.total.received).toBeGreaterThan(200)
    expect(current.total.replied).toBeGreaterThan(0)
    expect(current.total.satisfied).toBeGreaterThan(0)
    expect(current.months.every((m) => m.received > 0)).toBe(true)
    expect(current.kinds.every((k) => k.received > 0)).toBe(true)
    expect(current.departments.map((d) => d.department).sort()).toEqual(['妇幼健康处', '未分配', '生育服务处', '疾病预防控制处'].sort())
  })

  it('are read from the covering index alone, never the rows', async () => {
    const { sql, params } = countsCellsQuery(payload, { from: '2025-04', to: '2026-03' }).toSQL()
    const plan = await explain(sql, params)
    expect(plan).toMatch(payload.db.name === 'sqlite' ? /USING COVERING INDEX feedback_open_data_idx/ : /Index Only Scan using feedback_open_data_idx/)
  })
})

type SqliteClient = { execute(query: { sql: string; args: unknown[] }): Promise<{ rows: Record<string, unknown>[] }> }
type PgPool = { connect(): Promise<{ query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>; release(): void }> }

/** The query plan as text. PostgreSQL would scan a table this small; with scans off it shows which index it can use and whether it needs the rows. */
async function explain(sql: string, params: unknown[]): Promise<string> {
  if (payload.db.name === 'sqlite') {
    const { rows } = await (payload.db as unknown as { client: SqliteClient }).client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params })
    return rows.map((row) => String(row.detail)).join('\n')
  }
  const client = await (payload.db as unknown as { pool: PgPool }).pool.connect()
  try {
    await client.query('VACUUM feedback') // the visibility map, as autovacuum keeps it: what lets a scan skip the rows
    await client.query('BEGIN')
    await client.query('SET LOCAL enable_seqscan = off')
    await client.query('SET LOCAL enable_bitmapscan = off')
    const { rows } = await client.query(`EXPLAIN ${sql}`, params)
    await client.query('ROLLBACK')
    return rows.map((row) => String(row['QUERY PLAN'])).join('\n')
  } finally {
    client.release()
  }
}
