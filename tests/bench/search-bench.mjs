// npm run bench:search [-- --db=postgres] [-- --count=10000]: p50/p95 of a site search on
// N indexed pages, on a throw-away SQLite file or PostgreSQL database. Prints figures only.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { createThrowawayDatabase, dropThrowawayDatabase, withProductionCondition } from './harness.mjs'

const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const DB = option('db', 'sqlite')
const COUNT = Number(option('count', '10000'))
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'search-bench-'))
const database = await createThrowawayDatabase(DB, 'search_bench', temp)
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NODE_OPTIONS: withProductionCondition(process.env.NODE_OPTIONS),
  DATABASE_URI: database.uri,
  PAYLOAD_SECRET: `search-bench-${crypto.randomBytes(12).toString('hex')}`,
  OUTBOX_DIR: path.join(temp, 'outbox'),
  UPLOADS_DIR: path.join(temp, 'uploads'),
  JOBS_AUTORUN: '0',
  LOG_LEVEL: 'warn',
}
delete env.PAYLOAD_DB_PUSH

let result
const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'tests/bench/search-bench-run.ts', `--count=${COUNT}`], { env, stdio: ['ignore', 'pipe', 'inherit'] })
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('BENCH_RESULT ')) result = JSON.parse(line.slice(13))
  })
  child.on('close', (exit) => resolve(exit ?? 1))
})
await dropThrowawayDatabase(database)
fs.rmSync(temp, { recursive: true, force: true })
if (code !== 0 || !result) {
  console.error(`[bench] search bench failed (exit ${code})`)
  process.exit(1)
}
console.log(`\nSearch bench (${DB}, Node ${process.versions.node}, ${os.cpus().length} CPUs), ${new Date().toISOString()}`)
console.log(`seeded ${result.count} entries in ${result.seedSeconds.toFixed(1)} s`)
console.log('| what | runs | p50 ms | p95 ms |')
console.log('|---|---:|---:|---:|')
console.log(`| searchSite (match, rank, excerpt; mean ${result.meanMatches.toFixed(0)} matches) | ${result.runs} | ${result.p50.toFixed(1)} | ${result.p95.toFixed(1)} |`)
console.log(`| of which the database match alone (ids only) | 41 | ${result.dbP50.toFixed(1)} | ${result.dbP95.toFixed(1)} |`)
