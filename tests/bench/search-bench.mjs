// npm run bench:search [-- --db=postgres] [-- --count=10000]: p50/p95 of a site search on
// N indexed pages, on a throw-away SQLite file or PostgreSQL database, before (the token scan)
// and now (the full-text index), for the 41+ relevance queries. Prints figures only.
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
  const row = (what, { runs, p50, p95 }) => console.log(`| ${what} | ${runs} | ${p50.toFixed(1)} | ${p95.toFixed(1)} |`)
  console.log('| what | runs | p50 ms | p95 ms |')
  console.log('|---|---:|---:|---:|')
  row('before: database match by token scan (LIKE, newest 400 ids)', result.scanMatch)
  row('now: database match through the full-text index (newest 400 ids)', result.indexMatch)
  row('before: searchSite with the scan (match, rank, excerpt)', result.scanSearch)
  row(`now: searchSite through the index (mean ${result.meanMatches.toFixed(0)} matches)`, result.indexSearch)
  // Issue 25's figures for the landed code before the index, at 10,000 pages; its spike timed the
  // database match alone through each database's index.
  const today = { sqlite: { search: 278, match: 180 }, postgres: { search: 813, match: 1813 } }[DB]
  const spike = { sqlite: 2.8, postgres: 8.9 }[DB]
  const at10k = COUNT === 10_000
  console.log(`\ntoday / goal / now, p95 ms, ${result.count} pages on ${DB}${at10k ? '' : ' (today and the spike are at 10,000)'}`)
  console.log('| figure | today | goal | now |')
  console.log('|---|---:|---:|---:|')
  console.log(`| database match | ${today.match} | index, as the spike (${spike}) | ${result.indexMatch.p95.toFixed(1)} |`)
  console.log(`| site search (match, rank, excerpt) | ${today.search} | at least as relevant, through the index | ${result.indexSearch.p95.toFixed(1)} |`)
}

await finishBench(main, run.cleanup, [])
