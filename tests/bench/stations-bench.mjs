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
import os from 'node:os'
import { benchEnv, benchOptions, benchRun, finishBench, runBenchScript, say } from './harness.mjs'

const bench = benchOptions('npm run bench:stations', '[--db=sqlite|postgres] [--count=5000] [--runs=200]')
const COUNT = bench.number('count', 5000)
const RUNS = bench.number('runs', 200)

const run = benchRun({ name: 'stations-bench', keepDb: bench.keepDb })
const problems = []

async function main() {
  await run.createDatabase(bench.db)
  say(`${COUNT} stations, ${RUNS} runs per scenario`)
  const started = performance.now()
  const env = benchEnv(run, 'stations-bench', { JOBS_AUTORUN: '0' })
  const result = await runBenchScript('tests/bench/seed-stations.ts', [`--count=${COUNT}`, `--runs=${RUNS}`], env, {
    onSpawn: (child) => (run.child = child),
  })
  if (result.import.problems || result.import.failed) problems.push(`${result.import.problems} rows refused, ${result.import.failed} failed to save`)
  if (result.published !== COUNT) problems.push(`expected ${COUNT} published stations, found ${result.published}`)
  console.log(`\nStations bench (${run.database.kind}, Node ${process.versions.node}, ${os.cpus().length} CPUs), ${new Date().toISOString()}`)
  console.log(`import: ${result.import.created} stations in ${result.import.seconds.toFixed(1)} s (${(result.import.created / result.import.seconds).toFixed(0)}/s)`)
  console.log(`\n| query (${result.published} published stations) | p50 ms | p95 ms | max ms | mean matches |`)
  console.log('|---|---:|---:|---:|---:|')
  for (const s of result.scenarios) console.log(`| ${s.name} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} | ${s.meanMatches.toFixed(0)} |`)
  console.log(`\n(total ${((performance.now() - started) / 1000).toFixed(0)} s)`)
}

await finishBench(main, run.cleanup, problems)
