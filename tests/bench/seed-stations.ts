// Seeds a throw-away database for tests/bench/stations-bench.mjs and times the public station
// queries on it: N generated stations go in through the CSV importer (the same path as
// `npm run import:stations`), then each scenario runs the function the /stations page runs.
// Run by the bench, not by hand:
//   DATABASE_URI=… PAYLOAD_SECRET=… NODE_ENV=production \
//     node scripts/run-ts.mjs tests/bench/seed-stations.ts --count=5000 --runs=200
// Prints progress on stderr and one line `BENCH_RESULT {json}` on stdout.
import fs from 'node:fs'
import config from '@payload-config'
import { getPayload } from 'payload'
import { csvLine, parseCsv, STATION_CSV_COLUMNS, STATION_TYPES } from '@/features/stations/rules'
import { importStationCsv } from '@/features/stations/server/import-stations'
import { parseStationFilters, type StationFilters } from '@/features/stations/server/station-list-query'
import { forgetOpenStations, loadStationOptions, searchStations } from '@/features/stations/server/station-search'
import { seedStationDirectory } from '@/seed/seed-stations'
import { analyzeTables } from '@/platform/database/analyze-tables'
import { log, numberOption, seededRandom } from './seeding'

const COUNT = numberOption('count', 5000)
const RUNS = numberOption('runs', 200)
const WARM_UP = 10

// Deterministic: the same stations and the same queries on every run and database.
const { random, pick } = seededRandom(20261129)

// Each area's centre, from the demo directory: generated stations scatter around it
const demo = parseCsv(fs.readFileSync('src/seed/stations.csv', 'utf8')).records.slice(1)
const centres = new Map<string, { lat: number; lng: number; n: number }>()
for (const { fields } of demo) {
  const c = centres.get(fields[3]) ?? { lat: 0, lng: 0, n: 0 }
  centres.set(fields[3], { lat: c.lat + Number(fields[7]), lng: c.lng + Number(fields[8]), n: c.n + 1 })
}

const HOURS = [
  '周一至周五 08:30-12:00,13:30-17:30；周六 09:00-12:00',
  '周一至周五 09:00-12:00,13:30-17:00',
  '周二、周四 09:00-11:30,14:00-16:30',
  '每天 08:00-12:00,14:00-17:30',
  '周一至周五 08:30-11:30,14:30-17:00',
]
const SERVICES = ['免费避孕药具', '免费孕前优生健康检查', '艾滋病检测与咨询', '生殖健康检查', '生育登记与证明办理', '流动人口计划生育服务']
const ROADS = ['人民路', '建设路', '文化路', '和平街', '光明路', '幸福路', '新华大道', '育才路']

const payload = await getPayload({ config })
await seedStationDirectory(payload, { created: [], kept: [] })
const options = await loadStationOptions(payload)

const lines = [STATION_CSV_COLUMNS.join(',')]
for (let i = 0; i < COUNT; i++) {
  const district = options.districts[i % options.districts.length]
  const street = pick(district.streets)
  const c = centres.get(district.name)!
  const services = SERVICES.filter(() => random() < 0.45)
  lines.push(
    csvLine([
      `bench-${String(i).padStart(5, '0')}`,
      `${street.name}第${i}计划生育服务点`,
      pick(STATION_TYPES).value,
      district.name,
      street.name,
      `${district.name}${street.name}${pick(ROADS)}${1 + Math.floor(random() * 300)}号`,
      `028-8${String(Math.floor(random() * 1e7)).padStart(7, '0')}`,
      (c.lat / c.n + (random() - 0.5) * 0.08).toFixed(6),
      (c.lng / c.n + (random() - 0.5) * 0.08).toFixed(6),
      (services.length ? services : [SERVICES[0]]).join('；'),
      pick(HOURS),
      random() < 0.8 ? '是' : '否',
      '',
      '',
      '2026-11-01',
    ]),
  )
}

log(`importing ${COUNT} stations through the CSV importer…`)
const importStarted = performance.now()
const report = await importStationCsv(payload, lines.join('\n'), { publish: true, context: { disableRevalidate: true } })
const importSeconds = (performance.now() - importStarted) / 1000
log(`imported ${report.created} in ${importSeconds.toFixed(1)} s; ${report.problems.length} problems, ${report.failed} failed`)

// Refresh PostgreSQL's planner statistics, as its autovacuum does shortly after a bulk import in
// production. Without it the planner keeps believing the tables are nearly empty (this machine's
// PostgreSQL runs with autovacuum off) and picks plans 50× slower for the relation filters.
// SQLite gathers no statistics unless asked, in production too, so it is measured as it is.
const db = payload.db as unknown as { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }
if (process.env.DATABASE_URI?.startsWith('postgres')) await db.execute({ drizzle: db.drizzle, raw: 'ANALYZE' })

// Urban Chengdu, where most "near me" visitors are
const somewhere = () => `${(30.55 + random() * 0.2).toFixed(3)},${(103.95 + random() * 0.25).toFixed(3)}`
const filters = (params: Record<string, string>): StationFilters => parseStationFilters(params, options)
const anyDistrict = () => pick(options.districts).code
const anyService = () => pick(options.services).code

const SCENARIOS: { name: string; params: () => Record<string, string>; before?: () => void }[] = [
  { name: 'list, no filter, random page 1–50', params: () => ({ page: String(1 + Math.floor(random() * 50)) }) },
  { name: 'filtered: district + service', params: () => ({ district: anyDistrict(), service: anyService() }) },
  { name: 'filtered: district + street + type', params: () => { const d = pick(options.districts); return { district: d.code, street: pick(d.streets).code, type: pick(STATION_TYPES).value } } },
  { name: 'filtered: text search', params: () => ({ q: pick(options.districts).streets[0].name.slice(0, 2) }) },
  { name: 'open now, whole city', params: () => ({ open: '1' }) },
  // The first "open now" request after a station changed reads every published timetable
  { name: 'open now, first request after a change', params: () => ({ open: '1' }), before: forgetOpenStations },
  { name: 'open now + district', params: () => ({ open: '1', district: anyDistrict() }) },
  { name: 'near me (distance sort), page 1', params: () => ({ near: somewhere() }) },
  { name: 'near me + service, page 1', params: () => ({ near: somewhere(), service: anyService() }) },
  { name: 'near me, page 10', params: () => ({ near: somewhere(), page: '10' }) },
  { name: 'near me + open now', params: () => ({ near: somewhere(), open: '1' }) },
]

await analyzeTables(payload) // the planner's statistics after the bulk load

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const results = []
for (const scenario of SCENARIOS) {
  const timings: number[] = []
  let found = 0
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    scenario.before?.()
    const started = performance.now()
    const result = await searchStations(payload, filters(scenario.params()), options)
    const ms = performance.now() - started
    if (i >= WARM_UP) {
      timings.push(ms)
      found += result.totalDocs
    }
  }
  timings.sort((a, b) => a - b)
  const figures = { name: scenario.name, runs: RUNS, p50: percentile(timings, 50), p95: percentile(timings, 95), max: timings[timings.length - 1], meanMatches: found / RUNS }
  log(`${scenario.name}: p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms`)
  results.push(figures)
}

const published = await payload.count({ collection: 'service-stations', where: { _status: { equals: 'published' } }, overrideAccess: true })
process.stdout.write(
  `BENCH_RESULT ${JSON.stringify({ import: { count: COUNT, created: report.created, problems: report.problems.length, failed: report.failed, seconds: importSeconds }, published: published.totalDocs, scenarios: results })}\n`,
)
await payload.destroy()
process.exit(0)
