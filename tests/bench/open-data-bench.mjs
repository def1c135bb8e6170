// Open data at scale: a throw-away database with 100,000 residents' messages over 24 months, then
//   (a) the open-data figures query, uncached, called directly (N runs),
//   (b) GET /open-data and GET /open-data/figures.csv over HTTP from `next start` (cached),
//   (c) the staff's overdue and due-soon lists (deadlineLists, as an admin), uncached (N runs).
// (a) and (c) are timed inside the seeding process (tests/bench/seed-feedback-bulk.ts).
//
//   npm run bench:open-data                          SQLite file under the temp folder
//   npm run bench:open-data -- --db=postgres         throw-away database on 127.0.0.1:5432
//   options: --count=100000  --months=24  --runs=50  --duration=10 (s per HTTP scenario)
//            --connections=10  --port=3302  --reuse-build  --keep-db
//            --push (schema by push instead of migrations; skips the HTTP step, which needs a
//                    production server and so migrations)
//            --no-http (schema by migrations, but no build and no HTTP step: (a) and (c) only)
//
// Goal (issue 25): (a) p95 ≤ 200 ms at 100,000 messages on both databases; the closing table
// puts it beside the figure measured before the covering index and this run's.
//
// Timings never fail the run; it exits non-zero only when something is broken.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { benchEnv, benchOptions, benchRun, finishBench, fixed, percentile, runBenchScript, say, stopServer, table } from './harness.mjs'
import { buildNext, startNext, undoBuildChanges } from './next-server.mjs'

const bench = benchOptions('npm run bench:open-data', '[--db=sqlite|postgres] [--count=100000] [--runs=50] [--reuse-build] [--push | --no-http]', { port: 3302 })
const { option, number } = bench
const COUNT = number('count', 100_000)
const MONTHS = number('months', 24)
const RUNS = number('runs', 50)
const DIST_DIR = '.next-bench-opendata'
const problems = []
const notes = []

const PUSH = option('push', false) === true
const HTTP = !PUSH && option('no-http', false) !== true

// (a) uncached at 100,000 messages before feedback_open_data_idx and the one grouped query (four
// grouped queries over the table): the issue's figure, and this bench's on this 2-core machine.
const GOAL_P95_MS = 200
const TODAY = {
  sqlite: 'p95 489 ms (issue 25); here p95 1,018, cpu p50 716 ms',
  postgres: 'here p95 300 ms, cpu p50 7 ms',
}

// ---------------------------------------------------------------------------------------------
// Clean-up, also on Ctrl-C: run.child is the seed or build process, run.server `next start`.
const run = benchRun({ name: 'open-data-bench', keepDb: bench.keepDb, stop: undoBuildChanges })

function baseEnv({ push = false } = {}) {
  const env = benchEnv(run, 'open-data-bench', {
    SERVER_URL: `http://127.0.0.1:${bench.port}`,
    PORT: String(bench.port),
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    JOBS_AUTORUN: '0',
  })
  // Production applies the migrations on connect; a pushed schema needs a non-production process.
  return push ? { ...env, NODE_ENV: 'development', PAYLOAD_DB_PUSH: '1' } : env
}

// ---------------------------------------------------------------------------------------------
async function seedAndTime() {
  say(`seeding ${COUNT} messages over ${MONTHS} months (${PUSH ? 'schema push' : 'migrations'}), then ${RUNS} timed runs of (a) and (c)…`)
  const started = performance.now()
  const args = [`--count=${COUNT}`, `--months=${MONTHS}`, `--runs=${RUNS}`]
  const figures = await runBenchScript('tests/bench/seed-feedback-bulk.ts', args, baseEnv({ push: PUSH }), {
    onSpawn: (child) => (run.child = child),
    logFile: path.join(run.temp, 'seed.log'),
  })
  figures.wallSeconds = (performance.now() - started) / 1000
  if (figures.seed.count !== COUNT) problems.push(`expected ${COUNT} messages, found ${figures.seed.count}`)
  if (figures.lists.overdue === 0) problems.push('the overdue list is empty: the seed should leave some old messages open')
  return figures
}

// ---------------------------------------------------------------------------------------------
// Build into its own folder (next-server.mjs puts back what the build changes in tsconfig.json
// and next-env.d.ts).
async function build() {
  if (bench.reuseBuild && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
    say(`reusing the build in ${DIST_DIR} (--reuse-build)`)
    return null
  }
  say(`next build into ${DIST_DIR} (a few minutes)…`)
  return buildNext(baseEnv(), {
    onSpawn: (child) => (run.child = child),
    logFile: path.join(run.temp, 'build.log'),
    note: (note) => notes.push(note),
  })
}

async function startServer() {
  const server = await startNext(baseEnv(), bench.port, '/open-data', { onSpawn: (started) => (run.server = started) })
  say(`next start on ${server.base}: first 200 of /open-data after ${server.startupSeconds.toFixed(1)} s`)
  return server.base
}

async function load(base, name, urlPath, check) {
  const first = await fetch(`${base}${urlPath}`, { signal: AbortSignal.timeout(60_000) })
  const body = await first.text()
  if (first.status !== 200) problems.push(`${name}: first request answered ${first.status}`)
  check?.(body)
  const latencies = []
  const instance = autocannon({ url: `${base}${urlPath}`, connections: bench.connections, duration: bench.duration, timeout: 30 })
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  const result = await instance
  latencies.sort((a, b) => a - b)
  const total = result['2xx'] + result.non2xx + result.errors + result.timeouts
  const bad = result.non2xx + result.errors + result.timeouts
  if (!total || bad / total > 0.01) problems.push(`${name}: ${bad} of ${total} responses not 2xx`)
  const row = { name, rps: result.requests.average, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), requests: total, kb: Buffer.byteLength(body) / 1024 }
  say(`${name}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50} ms, p95 ${row.p95} ms`)
  return row
}


async function main() {
  const startedAll = performance.now()
  await run.createDatabase(bench.db)
  const seeded = await seedAndTime()
  let http = []
  let buildSeconds = null
  if (HTTP) {
    buildSeconds = await build()
    const base = await startServer()
    http = [
      await load(base, '(b) GET /open-data', '/open-data', (body) => {
        if (!body.includes(`${seeded.figures.received}`)) notes.push(`/open-data does not show the ${seeded.figures.received} messages the direct call counted (the page may have been built from an earlier state)`)
      }),
      await load(base, '(b) GET /open-data/figures.csv', '/open-data/figures.csv'),
    ]
    await stopServer(run.server)
    run.server = undefined
  }

  const lines = ['']
  lines.push(`open-data bench · ${bench.db === 'postgres' ? 'PostgreSQL' : 'SQLite'} · ${seeded.seed.count} messages over ${MONTHS} months · Node ${process.version} · ${os.cpus().length} CPU(s)`)
  lines.push(`seed: ${fixed(seeded.seed.seconds, 1)} s (${fixed(seeded.seed.perSecond)} messages/s, batched INSERTs); figures ${seeded.figures.from}…${seeded.figures.to}: ${seeded.figures.received} counted, ${seeded.figures.replied} replied, on time ${seeded.figures.onTimeRate}%`)
  lines.push(`lists: ${seeded.lists.overdue} overdue, ${seeded.lists.dueSoon} due soon (first page ${seeded.lists.overduePage} rows)`)
  lines.push('')
  lines.push(table(['direct call (uncached)', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'cpu p50', 'cpu p95'], seeded.timings.map((t) => [t.name, t.runs, fixed(t.p50, 1), fixed(t.p95, 1), fixed(t.max, 1), fixed(t.cpuP50, 1), fixed(t.cpuP95, 1)])))
  const figures = seeded.timings[0]
  lines.push('')
  lines.push(table(
    [`(a) figures, uncached, ${seeded.seed.count} messages`, 'today', 'goal', 'now'],
    [[bench.db === 'postgres' ? 'PostgreSQL' : 'SQLite', TODAY[bench.db], `p95 ≤ ${GOAL_P95_MS} ms`, `p95 ${fixed(figures.p95, 1)} ms (${figures.p95 <= GOAL_P95_MS ? 'met' : 'MISSED'})`]],
  ))
  if (http.length) {
    lines.push('')
    lines.push(`HTTP: autocannon, ${bench.connections} connections, ${bench.duration} s each; p50/p95/p99 from every response's time`)
    lines.push(table(['HTTP (cached)', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'requests', 'KB'], http.map((r) => [r.name, fixed(r.rps, 1), fixed(r.p50), fixed(r.p95), fixed(r.p99), r.requests, fixed(r.kb, 1)])))
  }
  lines.push('')
  lines.push(`build: ${!HTTP ? 'skipped' : buildSeconds === null ? 'reused' : `${fixed(buildSeconds)} s`}; whole run ${fixed((performance.now() - startedAll) / 1000)} s`)
  for (const note of notes) lines.push(`note: ${note}`)
  console.log(lines.join('\n'))
}

await finishBench(main, run.cleanup, problems)
