// The station directory at scale: a throw-away database with 5,000 published stations imported
// through the CSV importer, then p50/p95 of the queries the /stations page runs (filtered list,
// "open now", distance-sorted "near me"), through the same functions, as an anonymous visitor.
// Cleans up after itself.
//
//   npm run bench:stations                        SQLite file under the temp folder
//   npm run bench:stations -- --db=postgres       throw-away database on 127.0.0.1:5432
//   options: --count=5000  --runs=200 (timed runs per scenario, after 10 warm-up runs)
//            --keep-db (leave the seeded database behind for EXPLAIN; prints where it is)
//
// Timings never fail the run; it exits non-zero only when something is broken (seeding errors,
// rows refused by the importer, stations missing afterwards).
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { createThrowawayDatabase, dropThrowawayDatabase, withProductionCondition } from './harness.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const found = args.find((a) => a.startsWith(`--${name}=`))
  return found ? found.slice(found.indexOf('=') + 1) : fallback
}
const DB = option('db', 'sqlite')
const COUNT = Number(option('count', '5000'))
const RUNS = Number(option('runs', '200'))
const KEEP_DB = args.includes('--keep-db')
if ((DB !== 'sqlite' && DB !== 'postgres') || !(COUNT > 0) || !(RUNS > 0)) {
  console.error('usage: npm run bench:stations -- [--db=sqlite|postgres] [--count=5000] [--runs=200]')
  process.exit(2)
}
const say = (message) => console.log(`[bench] ${message}`)

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stations-bench-'))
let database
let child

async function cleanup() {
  if (child && child.exitCode === null) child.kill('SIGTERM')
  if (KEEP_DB && database) {
    say(`--keep-db: database left at ${database.uri}; remove it yourself (${database.kind === 'postgres' ? `DROP DATABASE "${database.name}"` : `rm -r ${temp}`})`)
    return
  }
  if (database?.kind === 'postgres') {
    await dropThrowawayDatabase(database).catch((error) =>
      console.error(`[bench] could not drop ${database.name}: ${error.message}`),
    )
  }
  fs.rmSync(temp, { recursive: true, force: true })
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await cleanup()
    process.exit(130)
  })
}

database = await createThrowawayDatabase(DB, 'stations_bench', temp)
say(`${database.kind} throw-away database ${database.name ?? database.uri}; ${COUNT} stations, ${RUNS} runs per scenario`)

const nodeOptions = withProductionCondition(process.env.NODE_OPTIONS)
const env = {
  ...process.env,
  // prodMigrations run on connect: the schema comes from migrations, as in production
  NODE_ENV: 'production',
  NODE_OPTIONS: nodeOptions,
  DATABASE_URI: database.uri,
  PAYLOAD_SECRET: `stations-bench-${crypto.randomBytes(12).toString('hex')}`,
  OUTBOX_DIR: path.join(temp, 'outbox'),
  UPLOADS_DIR: path.join(temp, 'uploads'),
  JOBS_AUTORUN: '0',
  LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
}
delete env.PAYLOAD_DB_PUSH

const started = performance.now()
let resultLine = ''
const tail = []
const code = await new Promise((resolve, reject) => {
  child = spawn(process.execPath, ['scripts/run-ts.mjs', 'tests/bench/seed-stations.ts', `--count=${COUNT}`, `--runs=${RUNS}`], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('BENCH_RESULT ')) resultLine = line.slice('BENCH_RESULT '.length)
    else tail.push(line)
  })
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    if (line.startsWith('[seed]')) console.log(`  ${line}`)
    else tail.push(line)
  })
  child.on('error', reject)
  child.on('close', (exitCode) => resolve(exitCode ?? 1))
})

let failed = false
if (code !== 0 || !resultLine) {
  console.error(`[bench] the seed and query run failed (exit ${code}):\n${tail.slice(-40).join('\n')}`)
  failed = true
} else {
  const result = JSON.parse(resultLine)
  const problems = []
  if (result.import.problems || result.import.failed) problems.push(`${result.import.problems} rows refused, ${result.import.failed} failed to save`)
  if (result.published !== COUNT) problems.push(`expected ${COUNT} published stations, found ${result.published}`)
  console.log(`\nStations bench (${database.kind}, Node ${process.versions.node}, ${os.cpus().length} CPUs), ${new Date().toISOString()}`)
  console.log(`import: ${result.import.created} stations in ${result.import.seconds.toFixed(1)} s (${(result.import.created / result.import.seconds).toFixed(0)}/s)`)
  console.log(`\n| query (${result.published} published stations) | p50 ms | p95 ms | max ms | mean matches |`)
  console.log('|---|---:|---:|---:|---:|')
  for (const s of result.scenarios) console.log(`| ${s.name} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} | ${s.meanMatches.toFixed(0)} |`)
  console.log(`\n(total ${((performance.now() - started) / 1000).toFixed(0)} s)`)
  for (const problem of problems) console.error(`[bench] BROKEN: ${problem}`)
  failed = problems.length > 0
}
await cleanup()
process.exit(failed ? 1 : 0)
