// Seeds a throw-away database with residents' messages for tests/bench/open-data-bench.mjs, then
// times the two database-heavy reads directly: the open-data figures (uncached) and the staff's
// overdue list. Run by the bench, not by hand:
//   DATABASE_URI=… PAYLOAD_SECRET=… NODE_ENV=production \
//     node scripts/run-ts.mjs tests/bench/seed-feedback-bulk.ts --count=100000 --months=24 --runs=50
// Prints progress on stderr and one line `BENCH_RESULT {json}` on stdout. With --workbench it also
// times the handler's workbench (queue counts and one page per queue) for tests/bench/workbench-bench.mjs.
//
// The rows go in with batched INSERTs, bypassing the collection hooks (100,000 creates through
// the hooks would take the better part of an hour), but every field the hooks compute is
// computed here with the same domain functions: receivedMonth, limitDays, the acceptance and
// reply deadlines, dueAt, firstRepliedAt, workingDaysToReply and repliedOnTime. The public
// timeline rows are not generated: nothing measured here reads them.
import crypto from 'node:crypto'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { TRACKING_ALPHABET } from '@/features/feedback/rules/intake'
import type { FeedbackKind } from '@/features/feedback/rules/intake/types'
import {
  DEFAULT_REPLY_LIMITS,
  addWorkingDays,
  currentDueAt,
  messageDeadlines,
  replyTiming,
  shanghaiDay,
  type HandlingStatus,
} from '@/features/feedback/rules/handling'
import { deadlineLists } from '@/features/feedback/server/feedback-deadlines'
import { openDataFigures } from '@/features/open-data/server'
import { WORKBENCH_QUEUES } from '@/features/feedback/rules/workbench'
import { queueCounts, queueRows, workbenchViewer } from '@/features/feedback/server/workbench/queues'
import { loadDesk } from '@/features/feedback/server/workbench/desk'
import { relationId } from '@/features/feedback/server/handling-state'
import { REPLY_STEPS, WALK_STEPS, walkOnce, type WalkStep } from './workbench-walk'
import { log, numberOption, seededRandom } from './seeding'
import { analyzeTables } from '@/platform/database/analyze-tables'

const COUNT = numberOption('count', 100_000)
const MONTHS = numberOption('months', 24)
const RUNS = numberOption('runs', 50)
const WORKBENCH = process.argv.includes('--workbench')
const WALKS = numberOption('walks', 20)
const CHUNK = 500 // rows per INSERT: ~30 bound values each, well under SQLite's and PostgreSQL's limits

// Deterministic generator: the same messages on every run and database.
const { random, between } = seededRandom(20261129)
function weighted<T extends string>(weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][]
  let roll = random() * entries.reduce((sum, [, w]) => sum + w, 0)
  for (const [value, weight] of entries) if ((roll -= weight) < 0) return value
  return entries[entries.length - 1][0]
}

const KINDS: Record<FeedbackKind, number> = { consultation: 50, suggestion: 15, complaint: 20, praise: 8, report: 7 }
const DEPARTMENTS = ['生育服务处', '妇幼健康处', '人口监测与家庭发展处', '基层卫生处', '疾病预防控制处', '宣传处', '法规处', '流动人口服务中心']
const SUBJECTS = ['外地户籍怎样办理生育登记', '社区服务室周六不开门', '免费孕前检查在哪里做', '奖励扶助金何时发放', '避孕药具自助机没有补货', '表扬检测点的医生', '反映非法鉴定胎儿性别']

type Status = HandlingStatus
/** What has become of a message, by its age: new ones are still open, old ones mostly finished. */
function statusFor(ageDays: number, flagged: boolean): Status {
  if (flagged && random() < 0.7) return 'received' // possible spam nobody has accepted
  if (ageDays < 2) return weighted<Status>({ received: 60, accepted: 20, assigned: 20, declined: 0, transferred: 0, replied: 0, closed: 0 })
  if (ageDays < 21) return weighted<Status>({ received: 5, accepted: 10, assigned: 30, replied: 40, closed: 10, declined: 3, transferred: 2 })
  // Some old ones are still open: the overdue list has rows.
  return weighted<Status>({ received: 0.5, accepted: 0.5, assigned: 2, replied: 25, closed: 63, declined: 5, transferred: 4 })
}

function trackingCode(index: number, year: string) {
  let code = ''
  for (let n = index, i = 0; i < 6; i++, n = Math.floor(n / TRACKING_ALPHABET.length)) code = TRACKING_ALPHABET[n % TRACKING_ALPHABET.length] + code
  return `FK-${year}-${code}`
}

function message(index: number, now: Date, departmentIds: number[], handlerIds: number[]) {
  const receivedAt = new Date(now.getTime() - 3_600_000 - random() * MONTHS * 30.4 * 86_400_000)
  const kind = weighted(KINDS)
  const flagged = random() < 0.04
  const deadlines = messageDeadlines(receivedAt, kind, DEFAULT_REPLY_LIMITS)
  let status = statusFor((now.getTime() - receivedAt.getTime()) / 86_400_000, flagged)
  const row: Record<string, unknown> = {
    trackingCode: trackingCode(index, shanghaiDay(receivedAt).slice(0, 4)),
    kind,
    subject: SUBJECTS[index % SUBJECTS.length],
    message: '这是性能测试生成的留言内容，用于统计查询的压力测试。',
    replyBy: 'none',
    publishConsent: false,
    needsModeration: flagged,
    receivedMonth: deadlines.receivedMonth,
    limitDays: deadlines.limitDays,
    acceptanceDueAt: deadlines.acceptanceDueAt.toISOString(),
    replyDueAt: deadlines.replyDueAt.toISOString(),
    reopenCount: 0,
    extended: false,
    accessKeyHash: crypto.createHash('sha256').update(`bench-${index}`).digest('hex'),
    createdAt: receivedAt.toISOString(),
    updatedAt: receivedAt.toISOString(),
  }
  if (status === 'replied' || status === 'closed') {
    // Mostly within the limit, a quarter late, a few the same day.
    const days = weighted({ early: 70, late: 25, same: 5 })
    const n = days === 'same' ? 0 : days === 'late' ? deadlines.limitDays + between(1, 5) : between(1, deadlines.limitDays)
    const repliedAt = new Date(`${addWorkingDays(shanghaiDay(receivedAt), n)}T${String(between(9, 17)).padStart(2, '0')}:30:00+08:00`)
    if (repliedAt >= now) {
      status = 'assigned' // the reply would be in the future: still being handled
    } else {
      const timing = replyTiming(receivedAt, repliedAt, deadlines.replyDueAt)
      Object.assign(row, {
        reply: '您好，您反映的问题已收悉并办理，感谢您的监督。',
        repliedAt: repliedAt.toISOString(),
        firstRepliedAt: repliedAt.toISOString(),
        workingDaysToReply: timing.workingDays,
        repliedOnTime: timing.onTime,
      })
      if (random() < 0.45) {
        row.rating = weighted({ satisfied: 60, basically: 28, unsatisfied: 12 })
        row.ratedAt = new Date(Math.min(now.getTime() - 1000, repliedAt.getTime() + 86_400_000 * between(1, 10))).toISOString()
      }
    }
  }
  if (status === 'assigned' || status === 'replied' || status === 'closed') {
    // A few departments handle most messages, as in life.
    row.department = departmentIds[Math.min(departmentIds.length - 1, Math.floor(random() ** 2 * departmentIds.length))]
  }
  // By index, not by the generator: the other benches' data stay exactly as they were.
  if (row.department && handlerIds.length) row.assignedTo = handlerIds[index % handlerIds.length]
  if (status === 'declined') row.declineReason = '不属于本单位职责范围'
  if (status === 'transferred') Object.assign(row, { transferredTo: '市医保局', transferReason: '属医保报销事项' })
  row.status = status
  const due = currentDueAt(status, deadlines)
  row.dueAt = due ? due.toISOString() : null
  return row
}

type SqlAdapter = {
  drizzle: { insert(table: object): { values(rows: object[]): PromiseLike<unknown> } }
  tables: Record<string, object>
}

async function seed(payload: Payload, now: Date) {
  const departmentIds: number[] = []
  for (const name of DEPARTMENTS) departmentIds.push((await payload.create({ collection: 'departments', data: { name }, overrideAccess: true })).id)
  const handlerIds: number[] = []
  for (let i = 0; WORKBENCH && i < 12; i++) {
    const data = { email: `bench-handler-${i}@example.test`, password: `Bench-${crypto.randomUUID()}`, name: `办理员${i}`, roles: ['handler' as const], department: departmentIds[i % departmentIds.length] }
    handlerIds.push((await payload.create({ collection: 'users', data, overrideAccess: true })).id as number)
  }
  const { drizzle, tables } = payload.db as unknown as SqlAdapter
  const started = performance.now()
  for (let from = 0; from < COUNT; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, COUNT - from) }, (_, i) => message(from + i, now, departmentIds, handlerIds))
    await drizzle.insert(tables.feedback).values(rows)
    if ((from / CHUNK) % 40 === 0) log(`${from + rows.length} of ${COUNT} messages`)
  }
  const seconds = (performance.now() - started) / 1000
  const stored = await payload.count({ collection: 'feedback', overrideAccess: true })
  return { count: stored.totalDocs, seconds, perSecond: stored.totalDocs / seconds }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]

async function timed<T>(name: string, work: () => Promise<T>) {
  for (let i = 0; i < 3; i++) await work() // warm-up: JIT, prepared statements, page cache
  const times: number[] = []
  // CPU time of this process (SQLite runs in it; PostgreSQL's server does not): on a shared,
  // loaded machine it shows the work itself where the wall clock shows the queue for a core.
  const cpu: number[] = []
  let last: T | undefined
  for (let i = 0; i < RUNS; i++) {
    const [started, cpuStarted] = [performance.now(), process.cpuUsage()]
    last = await work()
    times.push(performance.now() - started)
    const used = process.cpuUsage(cpuStarted)
    cpu.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  const row = { name, runs: RUNS, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], cpuP50: percentile(cpu, 50), cpuP95: percentile(cpu, 95) }
  log(`${name}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms (cpu p50 ${row.cpuP50.toFixed(1)} ms)`)
  return { row, last: last as T }
}

const payload = await getPayload({ config })
if (payload.db.name === 'mongoose') throw new Error('the bench seeds SQLite or PostgreSQL only')
const now = new Date()
log(`seeding ${COUNT} messages over ${MONTHS} months…`)
const seeded = await seed(payload, now)
// After a bulk load the planner needs fresh statistics (SQLite has none until ANALYZE) and
// PostgreSQL its visibility map: this machine's PostgreSQL runs with autovacuum off.
await analyzeTables(payload)
log(`${seeded.count} messages in ${seeded.seconds.toFixed(1)} s`)
const admin = await payload.create({ collection: 'users', data: { email: 'bench-admin@example.test', password: `Bench-${crypto.randomUUID()}`, name: '压测管理员', roles: ['admin'] }, overrideAccess: true })

// The workbench bench times the workbench only (the open-data bench times these two).
const figures = WORKBENCH ? undefined : await timed('open-data figures (uncached, direct call)', () => openDataFigures(payload, { now }))
const overdue = WORKBENCH ? undefined : await timed('overdue + due-soon lists (deadlineLists, as admin)', () => deadlineLists(payload, admin, now, 1))

/**
 * "New message → reply sent (→ public copy)": WALKS walks after two untimed ones, each step's
 * server-side time, and per walk the sums (tests/bench/workbench-walk.ts).
 */
async function walk(handler: { id: number; collection: 'users' }, departmentId: string) {
  const reviewer = { ...(await payload.create({ collection: 'users', data: { email: 'bench-reviewer@example.test', password: `Bench-${crypto.randomUUID()}`, name: '压测审核员', roles: ['reviewer'] }, overrideAccess: true })), collection: 'users' as const }
  const walks: Record<WalkStep, number>[] = []
  for (let i = 0; i < WALKS + 2; i++) {
    const times = await walkOnce(payload, { handler, reviewer }, departmentId)
    if (i >= 2) walks.push(times)
  }
  const summary = (name: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    return { name, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] }
  }
  const sum = (keys: readonly WalkStep[]) => walks.map((w) => keys.reduce((total, key) => total + w[key], 0))
  const steps = WALK_STEPS.map((s) => ({ ...summary(s.label, walks.map((w) => w[s.key])), requests: s.requests, clicks: s.clicks }))
  const inSteps = (keys: readonly WalkStep[], field: 'requests' | 'clicks') => WALK_STEPS.filter((s) => keys.includes(s.key)).reduce((n, s) => n + s[field], 0)
  const allSteps = WALK_STEPS.map((s) => s.key)
  const totals = [
    { ...summary('new message → reply sent (sum)', sum(REPLY_STEPS)), requests: inSteps(REPLY_STEPS, 'requests'), clicks: inSteps(REPLY_STEPS, 'clicks') },
    { ...summary('new message → public copy published (sum)', sum(allSteps)), requests: inSteps(allSteps, 'requests'), clicks: inSteps(allSteps, 'clicks') },
  ]
  log(`walk: reply sent p50 ${totals[0].p50.toFixed(1)} ms over ${walks.length} walks`)
  return { walks: walks.length, steps, totals }
}

let workbench: { timings: unknown[]; desks: unknown[]; counts: unknown; walk: unknown } | undefined
if (WORKBENCH) {
  // The busiest handler: the first one, in the department that handles most messages.
  const handler = (await payload.find({ collection: 'users', where: { email: { equals: 'bench-handler-0@example.test' } }, overrideAccess: true, depth: 0 })).docs[0]
  // As the admin's session has it: access rules know staff by their collection.
  const staff = { ...handler, collection: 'users' as const }
  const viewer = await workbenchViewer(payload, staff, now)
  const counts = await timed('six queue counts (tabs, dashboard, navigation)', () => queueCounts(payload, staff, viewer))
  const pages = []
  for (const { key, label } of WORKBENCH_QUEUES) {
    pages.push((await timed(`${label}: first page by time left`, () => queueRows(payload, staff, viewer, { queue: key, sort: 'time-left', page: 1 }))).row)
  }
  // The 办理 tab: a new message (look-alikes are compared) and one being handled (in 我的).
  const newest = (await payload.find({ collection: 'feedback', where: { status: { equals: 'received' } }, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const handled = (await queueRows(payload, staff, viewer, { queue: 'mine', sort: 'time-left', page: 1 })).rows[0]
  const desks = [
    (await timed('desk: new message (with look-alikes)', () => loadDesk(payload, staff, newest.id))).row,
    (await timed('desk: message in 我的', () => loadDesk(payload, staff, handled.id))).row,
  ]
  workbench = { timings: [counts.row, ...pages], desks, counts: counts.last, walk: await walk(staff, String(relationId(handler.department))) }
}

process.stdout.write(
  `BENCH_RESULT ${JSON.stringify({
    seed: seeded,
    timings: figures && overdue ? [figures.row, overdue.row] : [],
    figures: figures && { from: figures.last.from, to: figures.last.to, received: figures.last.total.received, replied: figures.last.total.replied, onTimeRate: figures.last.total.onTimeRate, departments: figures.last.departments.length },
    lists: overdue && { overdue: overdue.last.overdue.totalDocs, dueSoon: overdue.last.dueSoon.totalDocs, overduePage: overdue.last.overdue.docs.length },
    workbench,
  })}\n`,
)
process.exit(0)
