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
  console.error('usage: npm run bench:policies -- [--db=sqlite|postgres] [--duration=10] [--connections=10] [--reuse-build]')
  process.exit(2)
}
const DURATION = number('duration', 10)
const CONNECTIONS = number('connections', 10)
const COUNT = number('count', 10_000)
const IMPORTS = number('imports', 200)
// SQLite has one writer at a time; src/platform/database/serialize-transactions.ts makes this process's write
// transactions take turns, so parallel creates only overlap their hooks. seed-policies.ts checks
// afterwards that every create that reported success left its row (without that serializer,
// parallel creates hit SQLITE_BUSY and, after a retry, one could report success for a row that
// was rolled back).
const SEED_CONCURRENCY = number('seed-concurrency', DB === 'postgres' ? 8 : 4)
const PORT = number('port', 3300)
const REUSE_BUILD = option('reuse-build', false) === true
const KEEP_DB = option('keep-db', false) === true
const DIST_DIR = '.next-bench'
if (PORT >= 3000 && PORT <= 3102) throw new Error('ports 3000–3102 are in use by others; pick 3300 or above')

const root = process.cwd()
if (!fs.existsSync(path.join(root, 'payload.config.ts'))) {
  console.error('Run from the project root (npm run bench:policies).')
  process.exit(2)
}

const say = (message) => console.log(`[bench] ${message}`)
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const problems = [] // things that are broken (exit code 1), not slow
const notes = []

// ---------------------------------------------------------------------------------------------
// Clean-up, also on Ctrl-C.
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'policies-bench-'))
let database // { kind, uri, name? }
let server // { child, pid }
let running // a seed or build child
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
      say(`--keep-db: database left at ${database.uri}; remove it yourself (${database.kind === 'postgres' ? `DROP DATABASE "${database.name}"` : `rm -r ${temp}`})`)
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


// ---------------------------------------------------------------------------------------------
// Child processes. NODE_OPTIONS=--conditions=production as in .npmrc: without it Lexical's
// top-level await can end a Node 20 process silently with code 13.

function baseEnv() {
  const env = {
    ...process.env,
    NODE_ENV: 'production', // prodMigrations run on connect: the schema comes from migrations, never push
    NODE_OPTIONS: withProductionCondition(process.env.NODE_OPTIONS),
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: `policies-bench-${crypto.randomBytes(12).toString('hex')}`,
    SERVER_URL: `http://127.0.0.1:${PORT}`,
    PORT: String(PORT),
    OUTBOX_DIR: path.join(temp, 'outbox'),
    UPLOADS_DIR: path.join(temp, 'uploads'),
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  }
  delete env.PAYLOAD_DB_PUSH
  return env
}

/** Runs a command to completion; resolves with its exit code, stdout and the tail of stderr. */

// ---------------------------------------------------------------------------------------------
// Step 1–2: database, seed, import.
async function createDatabase() {
  database = await createThrowawayDatabase(DB, 'policies_bench', temp)
  say(database.kind === 'postgres' ? `PostgreSQL throw-away database ${database.name}` : `SQLite throw-away database ${database.uri.slice(5)}`)
}

async function seed() {
  say(`seeding ${COUNT} published notices (${SEED_CONCURRENCY} at a time) and importing ${IMPORTS} legacy texts…`)
  let payloadErrors = 0
  const started = performance.now()
  const result = await runChild(
    process.execPath,
    ['scripts/run-ts.mjs', 'tests/bench/seed-policies.ts', `--count=${COUNT}`, `--imports=${IMPORTS}`, `--concurrency=${SEED_CONCURRENCY}`],
    baseEnv(),
    {
      onSpawn: (child) => (running = child),
      // Payload's logger writes JSON lines to stdout; the seed script's progress goes to stderr.
      onStdoutLine: (line) => {
        if (line.includes('"level":50')) payloadErrors++
      },
      onStderrLine: (line) => {
        if (line.startsWith('[seed]')) console.log(`  ${line}`)
        else if (line.includes('"level":50')) payloadErrors++
      },
      logFile: path.join(temp, 'seed.log'),
    },
  )
  const line = result.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '))
  if (result.code !== 0 || !line) {
    console.error(`[bench] seeding failed (exit ${result.code}); last output:\n${result.tail.join('\n')}`)
    throw new Error('seeding failed')
  }
  const figures = JSON.parse(line.slice('BENCH_RESULT '.length))
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
// Step 3: build into .next-bench. `next build` adds its dist folder's type globs to tsconfig.json
// and points next-env.d.ts at it; both are put back as they were, so the bench changes no file
// outside .next-bench.
const PROJECT_FILES = ['tsconfig.json', 'next-env.d.ts']

function snapshotProjectFiles() {
  const before = new Map(PROJECT_FILES.map((file) => [file, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null]))
  const withoutBench = (file, text) => {
    if (text === null) return null
    if (file === 'tsconfig.json') {
      try {
        const json = JSON.parse(text)
        if (Array.isArray(json.include)) json.include = json.include.filter((entry) => !entry.startsWith(`${DIST_DIR}/`))
        return JSON.stringify(json)
      } catch {
        return text
      }
    }
    return text.replace(/\.\/\.next[\w-]*\//g, './<dist>/')
  }
  return () => {
    for (const [file, original] of before) {
      const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
      if (now === original) continue
      if (original === null) {
        if (now?.includes(DIST_DIR)) fs.rmSync(file)
        continue
      }
      if (withoutBench(file, now) === withoutBench(file, original)) {
        fs.writeFileSync(file, original)
      } else {
        notes.push(`${file} changed during the build in a way the bench did not expect; left as it is`)
      }
    }
  }
}

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
  walk(path.join(root, 'src/migrations'))
  return hash.digest('hex')
}
const FINGERPRINT_FILE = path.join(DIST_DIR, 'bench-migrations.sha256')

async function build() {
  if (REUSE_BUILD && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
    const built = fs.existsSync(FINGERPRINT_FILE) ? fs.readFileSync(FINGERPRINT_FILE, 'utf8').trim() : ''
    if (built === migrationsFingerprint()) {
      say(`reusing the build in ${DIST_DIR} (--reuse-build)`)
      return null
    }
    say(`--reuse-build: ${DIST_DIR} was built with other migrations than src/migrations has now; building again`)
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
  fs.writeFileSync(FINGERPRINT_FILE, `${migrationsFingerprint()}\n`)
  const ms = performance.now() - started
  say(`built in ${seconds(ms)}`)
  return ms / 1000
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
  const nextBin = path.join(root, 'node_modules/next/dist/bin/next')
  const started = performance.now()
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: baseEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const log = []
  const keep = (chunk) => {
    log.push(String(chunk))
    if (log.length > 200) log.shift()
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  server = { child, pid: child.pid, log }
  const base = `http://127.0.0.1:${PORT}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early (${child.exitCode}):\n${log.join('')}`)
    try {
      const response = await fetch(`${base}/policies`, { signal: AbortSignal.timeout(30_000) })
      await response.arrayBuffer()
      if (response.ok) break
      throw new Error(`/policies answered ${response.status}`)
    } catch (error) {
      if (performance.now() - started > 120_000) throw new Error(`next start did not serve /policies within 120 s (${error.message}):\n${log.join('')}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  server.serverPid = serverProcessId(child.pid)
  const ms = performance.now() - started
  say(`next start on ${base} (pid ${server.serverPid}): first 200 of /policies after ${seconds(ms)}`)
  return { base, startupSeconds: ms / 1000, memoryAfterStart: memory(server.serverPid) }
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

async function load(base, scenario) {
  const first = await warm(base, scenario.paths)
  const broken = first.filter((t) => t.status !== 200)
  if (broken.length) problems.push(`${scenario.name}: first request ${broken.map((t) => `${t.path} → ${t.status}`).join(', ')}`)
  scenario.check?.(first)
  await warm(base, scenario.paths) // second round: caches and JIT settled for every path

  const latencies = []
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
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
  await createDatabase()
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
  for (const scenario of scenarios) rows.push(await load(base, scenario))
  const mem = memory(server.serverPid)
  const serverPid = server.serverPid
  await stopServer(server)
  server = undefined

  // -------------------------------------------------------------------------------------------
  const lines = []
  lines.push('')
  lines.push(`policies bench · ${DB === 'postgres' ? 'PostgreSQL' : 'SQLite'} · ${published} published notices + ${seeded.totals.drafts} draft imports · Node ${process.version} · ${os.cpus().length} CPU(s)`)
  lines.push(`autocannon: ${CONNECTIONS} connections, ${DURATION} s per scenario; p50/p95/p99 from every response's time, p97.5 and max from autocannon's histogram`)
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
  lines.push(
    `server (next-server pid ${serverPid}): start-up to first /policies ${fixed(started.startupSeconds, 1)} s; ` +
      `RSS after start ${fixed(started.memoryAfterStart?.rssMB)} MB; peak RSS (VmHWM) ${fixed(mem?.peakMB)} MB; RSS at end ${fixed(mem?.rssMB)} MB`,
  )
  lines.push(`build: ${buildSeconds === null ? 'reused' : `${fixed(buildSeconds, 0)} s`}; whole run ${fixed((performance.now() - startedAll) / 1000, 0)} s`)
  lines.push(`detail slugs: ${slugs.join(' ')}`)
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
