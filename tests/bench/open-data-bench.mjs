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
//
// Timings never fail the run; it exits non-zero only when something is broken.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { cliOptions, createThrowawayDatabase, dropThrowawayDatabase, fixed, percentile, runChild, stopServer, table, withProductionCondition } from './harness.mjs'

const { option, number } = cliOptions()

const DB = String(option('db', 'sqlite'))
if (DB !== 'sqlite' && DB !== 'postgres') {
  console.error('usage: npm run bench:open-data -- [--db=sqlite|postgres] [--count=100000] [--runs=50] [--reuse-build] [--push]')
  process.exit(2)
}
const COUNT = number('count', 100_000)
const MONTHS = number('months', 24)
const RUNS = number('runs', 50)
const DURATION = number('duration', 10)
const CONNECTIONS = number('connections', 10)
const PORT = number('port', 3302)
const REUSE_BUILD = option('reuse-build', false) === true
const KEEP_DB = option('keep-db', false) === true
const DIST_DIR = '.next-bench-opendata'
if (PORT >= 3000 && PORT <= 3102) throw new Error('ports 3000–3102 are in use by others; pick 3300 or above')

const root = process.cwd()
if (!fs.existsSync(path.join(root, 'payload.config.ts'))) {
  console.error('Run from the project root (npm run bench:open-data).')
  process.exit(2)
}
const say = (message) => console.log(`[bench] ${message}`)
const problems = []
const notes = []

const PUSH = option('push', false) === true

// ---------------------------------------------------------------------------------------------
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'open-data-bench-'))
let database
let server
let running
let restoreProjectFiles = () => {}
let cleaning

async function cleanup() {
  cleaning ??= (async () => {
    if (running && running.exitCode === null) {
      try {
        process.kill(running.pid, 'SIGTERM')
      } catch {}
    }
    restoreProjectFiles()
    if (server) await stopServer(server)
    if (KEEP_DB && database) {
      say(`--keep-db: database left at ${database.uri}`)
      return
    }
    if (database?.kind === 'postgres') {
      try {
        await dropThrowawayDatabase(database)
        say(`dropped database ${database.name}`)
      } catch (error) {
        console.error(`[bench] could not drop database ${database.name}: ${error.message}`)
      }
    }
    fs.rmSync(temp, { recursive: true, force: true })
  })()
  return cleaning
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.error(`\n[bench] ${signal}: cleaning up`)
    await cleanup()
    process.exit(130)
  })
}



function baseEnv({ push = false } = {}) {
  const env = {
    ...process.env,
    // Production applies the migrations on connect; a pushed schema needs a non-production process.
    NODE_ENV: push ? 'development' : 'production',
    NODE_OPTIONS: withProductionCondition(process.env.NODE_OPTIONS),
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: `open-data-bench-${crypto.randomBytes(12).toString('hex')}`,
    SERVER_URL: `http://127.0.0.1:${PORT}`,
    PORT: String(PORT),
    OUTBOX_DIR: path.join(temp, 'outbox'),
    UPLOADS_DIR: path.join(temp, 'uploads'),
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    JOBS_AUTORUN: '0',
  }
  if (push) env.PAYLOAD_DB_PUSH = '1'
  else delete env.PAYLOAD_DB_PUSH
  return env
}


// ---------------------------------------------------------------------------------------------
async function createDatabase() {
  database = await createThrowawayDatabase(DB, 'open_data_bench', temp)
  say(database.kind === 'postgres' ? `PostgreSQL throw-away database ${database.name}` : `SQLite throw-away database ${database.uri.slice(5)}`)
}

async function seedAndTime() {
  say(`seeding ${COUNT} messages over ${MONTHS} months (${PUSH ? 'schema push' : 'migrations'}), then ${RUNS} timed runs of (a) and (c)…`)
  const started = performance.now()
  const result = await runChild(
    process.execPath,
    ['scripts/run-ts.mjs', 'tests/bench/seed-feedback-bulk.ts', `--count=${COUNT}`, `--months=${MONTHS}`, `--runs=${RUNS}`],
    baseEnv({ push: PUSH }),
    { onSpawn: (child) => (running = child), onStderrLine: (line) => line.startsWith('[seed]') && console.log(`  ${line}`), logFile: path.join(temp, 'seed.log') },
  )
  const line = result.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '))
  if (result.code !== 0 || !line) {
    console.error(`[bench] seeding failed (exit ${result.code}); last output:\n${result.tail.join('\n')}`)
    throw new Error('seeding failed')
  }
  const figures = JSON.parse(line.slice('BENCH_RESULT '.length))
  figures.wallSeconds = (performance.now() - started) / 1000
  if (figures.seed.count !== COUNT) problems.push(`expected ${COUNT} messages, found ${figures.seed.count}`)
  if (figures.lists.overdue === 0) problems.push('the overdue list is empty: the seed should leave some old messages open')
  return figures
}

// ---------------------------------------------------------------------------------------------
// Build into its own folder. `next build` adds that folder's type globs to tsconfig.json and may
// point next-env.d.ts at it; only those changes are undone, since other builds (tests of other
// people, run at the same time) edit the same files.
function snapshotProjectFiles() {
  const envFile = 'next-env.d.ts'
  const envBefore = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : null
  return () => {
    const tsconfig = fs.readFileSync('tsconfig.json', 'utf8')
    if (tsconfig.includes(`"${DIST_DIR}/`)) {
      const kept = tsconfig.split('\n').filter((line) => !line.includes(`"${DIST_DIR}/`)).join('\n')
      // The entry before a removed last entry keeps a trailing comma: JSON forbids it.
      fs.writeFileSync('tsconfig.json', kept.replace(/,(\s*\n\s*\])/g, '$1'))
    }
    const env = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : null
    if (env !== null && env.includes(`./${DIST_DIR}/`)) {
      if (envBefore === null) fs.rmSync(envFile)
      else fs.writeFileSync(envFile, envBefore)
    }
  }
}

async function build() {
  if (REUSE_BUILD && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
    say(`reusing the build in ${DIST_DIR} (--reuse-build)`)
    return null
  }
  say(`next build into ${DIST_DIR} (a few minutes)…`)
  const started = performance.now()
  restoreProjectFiles = snapshotProjectFiles()
  try {
    const nextBin = path.join(root, 'node_modules/next/dist/bin/next')
    const result = await runChild(process.execPath, [nextBin, 'build'], baseEnv(), { onSpawn: (child) => (running = child), logFile: path.join(temp, 'build.log') })
    if (result.code !== 0) {
      console.error(`[bench] next build failed (exit ${result.code}); last output:\n${result.tail.join('\n')}`)
      throw new Error('next build failed')
    }
  } finally {
    restoreProjectFiles()
    restoreProjectFiles = () => {}
  }
  return (performance.now() - started) / 1000
}

async function startServer() {
  const nextBin = path.join(root, 'node_modules/next/dist/bin/next')
  const started = performance.now()
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(PORT), '-H', '127.0.0.1'], { env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const log = []
  const keep = (chunk) => {
    log.push(String(chunk))
    if (log.length > 200) log.shift()
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  server = { child }
  const base = `http://127.0.0.1:${PORT}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early (${child.exitCode}):\n${log.join('')}`)
    try {
      const response = await fetch(`${base}/open-data`, { signal: AbortSignal.timeout(30_000) })
      await response.arrayBuffer()
      if (response.ok) break
      throw new Error(`/open-data answered ${response.status}`)
    } catch (error) {
      if (performance.now() - started > 120_000) throw new Error(`next start did not serve /open-data within 120 s (${error.message}):\n${log.join('')}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  say(`next start on ${base}: first 200 of /open-data after ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return base
}



async function load(base, name, urlPath, check) {
  const first = await fetch(`${base}${urlPath}`, { signal: AbortSignal.timeout(60_000) })
  const body = await first.text()
  if (first.status !== 200) problems.push(`${name}: first request answered ${first.status}`)
  check?.(body)
  const latencies = []
  const instance = autocannon({ url: `${base}${urlPath}`, connections: CONNECTIONS, duration: DURATION, timeout: 30 })
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
  await createDatabase()
  const seeded = await seedAndTime()
  let http = []
  let buildSeconds = null
  if (!PUSH) {
    buildSeconds = await build()
    const base = await startServer()
    http = [
      await load(base, '(b) GET /open-data', '/open-data', (body) => {
        if (!body.includes(`${seeded.figures.received}`)) notes.push(`/open-data does not show the ${seeded.figures.received} messages the direct call counted (the page may have been built from an earlier state)`)
      }),
      await load(base, '(b) GET /open-data/figures.csv', '/open-data/figures.csv'),
    ]
    await stopServer(server)
    server = undefined
  }

  const lines = ['']
  lines.push(`open-data bench · ${DB === 'postgres' ? 'PostgreSQL' : 'SQLite'} · ${seeded.seed.count} messages over ${MONTHS} months · Node ${process.version} · ${os.cpus().length} CPU(s)`)
  lines.push(`seed: ${fixed(seeded.seed.seconds, 1)} s (${fixed(seeded.seed.perSecond)} messages/s, batched INSERTs); figures ${seeded.figures.from}…${seeded.figures.to}: ${seeded.figures.received} counted, ${seeded.figures.replied} replied, on time ${seeded.figures.onTimeRate}%`)
  lines.push(`lists: ${seeded.lists.overdue} overdue, ${seeded.lists.dueSoon} due soon (first page ${seeded.lists.overduePage} rows)`)
  lines.push('')
  lines.push(table(['direct call (uncached)', 'runs', 'p50 ms', 'p95 ms', 'max ms'], seeded.timings.map((t) => [t.name, t.runs, fixed(t.p50, 1), fixed(t.p95, 1), fixed(t.max, 1)])))
  if (http.length) {
    lines.push('')
    lines.push(`HTTP: autocannon, ${CONNECTIONS} connections, ${DURATION} s each; p50/p95/p99 from every response's time`)
    lines.push(table(['HTTP (cached)', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'requests', 'KB'], http.map((r) => [r.name, fixed(r.rps, 1), fixed(r.p50), fixed(r.p95), fixed(r.p99), r.requests, fixed(r.kb, 1)])))
  }
  lines.push('')
  lines.push(`build: ${PUSH ? 'skipped' : buildSeconds === null ? 'reused' : `${fixed(buildSeconds)} s`}; whole run ${fixed((performance.now() - startedAll) / 1000)} s`)
  for (const note of notes) lines.push(`note: ${note}`)
  console.log(lines.join('\n'))
}

let exitCode = 0
try {
  await main()
} catch (error) {
  console.error(`[bench] ${error.message}`)
  exitCode = 1
} finally {
  await cleanup()
}
if (problems.length) {
  console.log('\nBROKEN:')
  for (const problem of problems) console.log(`  - ${problem}`)
  exitCode = 1
}
process.exit(exitCode)
