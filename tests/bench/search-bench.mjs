// npm run bench:search [-- --db=postgres] [-- --count=10000]: p50/p95 of a site search on
// N indexed pages, on a throw-away SQLite file or PostgreSQL database. Prints figures only.
import os from 'node:os'
import { benchEnv, benchRun, cliOptions, finishBench, runBenchScript } from './harness.mjs'

const { option, number } = cliOptions()
const DB = String(option('db', 'sqlite'))
const COUNT = number('count', 10_000)
const run = benchRun({ name: 'search-bench' })

async function main() {
  await run.createDatabase(DB)
  const env = benchEnv(run, 'search-bench', { JOBS_AUTORUN: '0' })
  const result = await runBenchScript('tests/bench/search-bench-run.ts', [`--count=${COUNT}`], env, {
    onSpawn: (child) => (run.child = child),
    onStderrLine: (line) => console.error(line),
  })
  console.log(`\nSearch bench (${DB}, Node ${process.versions.node}, ${os.cpus().length} CPUs), ${new Date().toISOString()}`)
  console.log(`seeded ${result.count} entries in ${result.seedSeconds.toFixed(1)} s`)
  console.log('| what | runs | p50 ms | p95 ms |')
  console.log('|---|---:|---:|---:|')
  console.log(`| searchSite (match, rank, excerpt; mean ${result.meanMatches.toFixed(0)} matches) | ${result.runs} | ${result.p50.toFixed(1)} | ${result.p95.toFixed(1)} |`)
  console.log(`| of which the database match alone (ids only) | 41 | ${result.dbP50.toFixed(1)} | ${result.dbP95.toFixed(1)} |`)
}

await finishBench(main, run.cleanup, [])
