// Policy notices at scale, end to end: a throw-away database with 10,000 published notices, import
// throughput, then `next start` under autocannon for the list, filters, search, a deep page and
// detail pages. Cleans up after itself.
//
//   npm run bench:policies                          SQLite file under the temp folder
//   npm run bench:policies -- --db=postgres         throw-away database on 127.0.0.1:5432
//   options: --duration=10 (s per scenario)  --connections=10  --count=10000  --imports=200
//            --seed-concurrency=N (default 1 on SQLite, 8 on PostgreSQL)  --port=3300
//            --reuse-build (keep .next-bench if it has a BUILD_ID and was built from the same
//                           migrations; a build with other migrations would try to re-run them)
//            --keep-db (leave the seeded database behind for EXPLAIN; prints where it is)
//
// Timings never fail the run; it exits non-zero only when something is broken: seeding or import
// errors, notices missing after seeding, a failed build or server, or more than 1% of responses in
// a scenario that are not 2xx.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { benchEnv, benchOptions, benchRun, finishBench, fixed, percentile, runBenchScript, say, stopServer, table } from './harness.mjs'
import { buildNext, startNext, undoBuildChanges } from './next-server.mjs'

const bench = benchOptions('npm run bench:policies', '[--db=sqlite|postgres] [--duration=10] [--connections=10] [--reuse-build]', { port: 3300 })
const { number } = bench
const COUNT = number('count', 10_000)
const IMPORTS = number('imports', 200)
// SQLite has one writer at a time; src/platform/database/serialize-transactions.ts makes this process's write
// transactions take turns, so parallel creates only overlap their hooks. seed-policies.ts checks
// afterwards that every create that reported success left its row (without that serializer,
// parallel creates hit SQLITE_BUSY and, after a retry, one could report success for a row that
// was rolled back).
const SEED_CONCURRENCY = number('seed-concurrency', bench.db === 'postgres' ? 8 : 4)
const DIST_DIR = '.next-bench'
// Issue 25's p95 figures for the landed code before it (SQLite, 10,000 notices), by scenario.
const TODAY_P95 = { list: 287, filtered: 524, deep: 803 }

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const problems = [] // things that are broken (exit code 1), not slow
const notes = []

// ---------------------------------------------------------------------------------------------
// Clean-up, also on Ctrl-C: run.child is a seed or build process, run.server `next start`.
const run = benchRun({ name: 'policies-bench', keepDb: bench.keepDb, stop: undoBuildChanges })

const baseEnv = () =>
  benchEnv(run, 'policies-bench', {
    SERVER_URL: `http://127.0.0.1:${bench.port}`,
    PORT: String(bench.port),
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
  })

// ---------------------------------------------------------------------------------------------
// Step 1–2: database, seed, import.
async function seed() {
  say(`seeding ${COUNT} published notices (${SEED_CONCURRENCY} at a time) and importing ${IMPORTS} legacy texts…`)
  let payloadErrors = 0
  // Payload's logger writes JSON lines to stdout; the seed script's progress goes to stderr.
  const countError = (line) => {
    if (line.includes('"level":50')) payloadErrors++
  }
  const started = performance.now()
  const args = [`--count=${COUNT}`, `--imports=${IMPORTS}`, `--concurrency=${SEED_CONCURRENCY}`]
  const figures = await runBenchScript('tests/bench/seed-policies.ts', args, baseEnv(), {
    onSpawn: (child) => (run.child = child),
    onStdoutLine: countError,
    onStderrLine: countError,
    logFile: path.join(run.temp, 'seed.log'),
  })
  figures.wallSeconds = (performance.now() - started) / 1000
  figures.payloadErrors = payloadErrors
  if (figures.seed.lost > 0) {
    problems.push(`${figures.seed.lost} creates reported success but their notice is not in the database: ${JSON.stringify(figures.seed.lostSample)}`)
  }
  if (figures.totals.published !== COUNT) problems.push(`expected ${COUNT} published notices, found ${figures.totals.published}`)
  if (figures.import.imported !== IMPORTS) problems.push(`import: ${IMPORTS - figures.import.imported} of ${IMPORTS} not imported: ${figures.import.failures.join('; ')}`)
  if (payloadErrors > 0 || figures.seed.retries > 0) {
    const reasons = Object.entries(figures.seed.retryReasons ?? {}).map(([reason, n]) => `${n}× ${reason}`)
    notes.push(`seeding logged ${payloadErrors} Payload errors, retried ${figures.seed.retries} creates${reasons.length ? `: ${reasons.join('; ')}` : ''}`)
  }
  return figures
}

// ---------------------------------------------------------------------------------------------
// Step 3: build into .next-bench (next-server.mjs puts back what the build changes in
// tsconfig.json and next-env.d.ts, so the bench changes no file outside .next-bench).

/** What a reused build must share with the seeding process: the migrations it applies on start. */
function migrationsFingerprint() {
  const hash = crypto.createHash('sha256')
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else hash.update(`${full}\0`).update(fs.readFileSync(full))
    }
  }
  walk('src/migrations')
  return hash.digest('hex')
}
const FINGERPRINT_FILE = path.join(DIST_DIR, 'bench-migrations.sha256')

async function build() {
  if (bench.reuseBuild && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
    const built = fs.existsSync(FINGERPRINT_FILE) ? fs.readFileSync(FINGERPRINT_FILE, 'utf8').trim() : ''
    if (built === migrationsFingerprint()) {
      say(`reusing the build in ${DIST_DIR} (--reuse-build)`)
      return null
    }
    say(`--reuse-build: ${DIST_DIR} was built with other migrations than src/migrations has now; building again`)
  }
  say(`next build into ${DIST_DIR} (a few minutes)…`)
  const buildSeconds = await buildNext(baseEnv(), {
    onSpawn: (child) => (run.child = child),
    logFile: path.join(run.temp, 'build.log'),
    note: (note) => notes.push(note),
  })
  fs.writeFileSync(FINGERPRINT_FILE, `${migrationsFingerprint()}\n`)
  say(`built in ${seconds(buildSeconds * 1000)}`)
  return buildSeconds
}

// ---------------------------------------------------------------------------------------------
// Step 4: next start and the server process's memory.
function descendants(pid) {
  const children = new Map()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (!children.has(parent)) children.set(parent, [])
      children.get(parent).push(Number(entry))
    } catch {}
  }
  const all = []
  const walk = (p) => {
    for (const child of children.get(p) ?? []) {
      all.push(child)
      walk(child)
    }
  }
  walk(pid)
  return all
}

/** The process that serves requests: titled "next-server (v…)"; `next start` may fork it. */
function serverProcessId(pid) {
  for (const candidate of [pid, ...descendants(pid)]) {
    try {
      const cmdline = fs.readFileSync(`/proc/${candidate}/cmdline`, 'utf8')
      if (cmdline.startsWith('next-server')) return candidate
    } catch {}
  }
  return pid
}

function memory(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1])
    return { peakMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 }
  } catch {
    return null
  }
}

async function startServer() {
  const server = await startNext(baseEnv(), bench.port, '/policies', { onSpawn: (started) => (run.server = started) })
  server.serverPid = serverProcessId(server.child.pid)
  say(`next start on ${server.base} (pid ${server.serverPid}): first 200 of /policies after ${seconds(server.startupSeconds * 1000)}`)
  return { base: server.base, startupSeconds: server.startupSeconds, memoryAfterStart: memory(server.serverPid) }
}

// ---------------------------------------------------------------------------------------------
// Step 4: load. Latency percentiles are computed from every response's time as autocannon reports
// it (its 'response' event), so p95 is exact; autocannon's own histogram gives p97.5 for comparison.

async function warm(base, paths) {
  const timings = []
  for (const p of paths) {
    const started = performance.now()
    const response = await fetch(`${base}${p}`, { signal: AbortSignal.timeout(60_000) })
    const body = await response.text()
    timings.push({ path: p, status: response.status, ms: performance.now() - started, body })
  }
  return timings
}

async function load(base, scenario, { connections = bench.connections, duration = bench.duration } = {}) {
  const first = await warm(base, scenario.paths)
  const broken = first.filter((t) => t.status !== 200)
  if (broken.length) problems.push(`${scenario.name}: first request ${broken.map((t) => `${t.path} → ${t.status}`).join(', ')}`)
  scenario.check?.(first)
  await warm(base, scenario.paths) // second round: caches and JIT settled for every path

  const latencies = []
  const instance = autocannon({
    url: base,
    connections,
    duration,
    timeout: 30,
    requests: scenario.paths.map((p) => ({ method: 'GET', path: p })),
  })
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  const result = await instance
  latencies.sort((a, b) => a - b)
  const total = result['2xx'] + result.non2xx + result.errors + result.timeouts
  const bad = result.non2xx + result.errors + result.timeouts
  const badShare = total ? bad / total : 1
  if (badShare > 0.01) problems.push(`${scenario.name}: ${bad} of ${total} responses not 2xx (${(badShare * 100).toFixed(1)}%)`)
  const row = {
    name: scenario.name,
    firstMs: Math.max(...first.map((t) => t.ms)),
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    p97_5: result.latency.p97_5,
    max: result.latency.max,
    requests: total,
    bad,
    kb: first.reduce((sum, t) => sum + Buffer.byteLength(t.body), 0) / first.length / 1024,
  }
  say(`${scenario.name}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50.toFixed(0)} ms, p95 ${row.p95.toFixed(0)} ms, p99 ${row.p99.toFixed(0)} ms`)
  return row
}

// ---------------------------------------------------------------------------------------------


async function main() {
  const startedAll = performance.now()
  await run.createDatabase(bench.db)
  const seeded = await seed()
  if (problems.length) throw new Error('the seeded data are incomplete')
  const buildSeconds = await build()
  const started = await startServer()
  const { base } = started

  const published = seeded.totals.published
  const slugs = seeded.slugs
  if (slugs.length < 2) throw new Error('the seed returned no slugs for the detail pages')
  const scenarios = [
    {
      name: 'list /policies',
      paths: ['/policies'],
      check: ([t]) => {
        if (!t.body.includes(`共 ${published} 件文件`)) notes.push(`/policies does not show "共 ${published} 件文件"`)
      },
    },
    { name: 'filtered ?year=2015&topic=family-planning', paths: ['/policies?year=2015&topic=family-planning'] },
    {
      name: 'search ?q=生育登记',
      paths: [`/policies?q=${encodeURIComponent('生育登记')}`],
      check: ([t]) => {
        const found = t.body.match(/找到 (\d+) 件符合条件的文件/)
        if (!found || found[1] === '0') notes.push('search ?q=生育登记 found nothing')
        else notes.push(`search ?q=生育登记 matches ${found[1]} notices`)
      },
    },
    {
      name: 'deep page ?page=400',
      paths: ['/policies?page=400'],
      check: ([t]) => {
        if (!t.body.includes('第 400 /')) notes.push('?page=400 did not render page 400')
      },
    },
    { name: `detail (${slugs.length} slugs)`, paths: slugs.map((slug) => `/policies/${slug}`) },
  ]
  const rows = []
  const single = []
  for (const scenario of scenarios) {
    rows.push(await load(base, scenario))
    // One visitor at a time: the time a page takes, without the queue of the loaded run.
    single.push(await load(base, scenario, { connections: 1, duration: 5 }))
  }
  const { serverPid } = run.server
  const mem = memory(serverPid)
  await stopServer(run.server)
  run.server = undefined

  // -------------------------------------------------------------------------------------------
  const lines = []
  lines.push('')
  lines.push(`policies bench · ${bench.db === 'postgres' ? 'PostgreSQL' : 'SQLite'} · ${published} published notices + ${seeded.totals.drafts} draft imports · Node ${process.version} · ${os.cpus().length} CPU(s)`)
  lines.push(`autocannon: ${bench.connections} connections, ${bench.duration} s per scenario; p50/p95/p99 from every response's time, p97.5 and max from autocannon's histogram`)
  lines.push('')
  lines.push(
    table(
      ['step', 'notices', 'seconds', 'notices/s', 'detail'],
      [
        ['seed (payload.create)', seeded.seed.count, fixed(seeded.seed.seconds, 1), fixed(seeded.seed.perSecond, 1), `${seeded.seed.concurrency} at a time, ${seeded.seed.retries} retries`],
        ['import (importNoticeFile)', seeded.import.imported, fixed(seeded.import.seconds, 1), fixed(seeded.import.perSecond, 1), 'sequential, as drafts'],
      ],
    ),
  )
  lines.push('')
  lines.push(
    table(
      ['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'p97.5 ms', 'max ms', 'first ms', 'requests', 'non-2xx', 'KB'],
      rows.map((r) => [r.name, fixed(r.rps, 1), fixed(r.p50), fixed(r.p95), fixed(r.p99), fixed(r.p97_5), fixed(r.max), fixed(r.firstMs), r.requests, r.bad, fixed(r.kb, 0)]),
    ),
  )
  lines.push('')
  lines.push(`Goals of issue 25 (today: the issue's figures on SQLite, 10,000 notices, ${bench.connections} connections; PostgreSQL had none)`)
  lines.push(
    table(
      ['page', 'today p95 ms', 'goal p95 ms', `now p95 ms (${bench.connections} connections)`, 'now p95 ms (1 visitor)'],
      rows.map((r, i) => {
        const today = TODAY_P95[r.name.split(' ')[0]]
        return [r.name, today !== undefined && bench.db === 'sqlite' ? String(today) : '—', today !== undefined ? '≤ 50' : '—', fixed(r.p95), fixed(single[i].p95)]
      }),
    ),
  )
  lines.push('')
  lines.push(
    `server (next-server pid ${serverPid}): start-up to first /policies ${fixed(started.startupSeconds, 1)} s; ` +
      `RSS after start ${fixed(started.memoryAfterStart?.rssMB)} MB; peak RSS (VmHWM) ${fixed(mem?.peakMB)} MB; RSS at end ${fixed(mem?.rssMB)} MB`,
  )
  lines.push(`build: ${buildSeconds === null ? 'reused' : `${fixed(buildSeconds, 0)} s`}; whole run ${fixed((performance.now() - startedAll) / 1000, 0)} s`)
  lines.push(`detail slugs: ${slugs.join(' ')}`)
  for (const note of notes) lines.push(`note: ${note}`)
  console.log(lines.join('\n'))
}

await finishBench(main, run.cleanup, problems)
