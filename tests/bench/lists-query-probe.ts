// Times the policy list's database work alone (findListPage as a visitor) against a seeded database:
//   DATABASE_URI=… PAYLOAD_SECRET=… node scripts/run-ts.mjs tests/bench/lists-query-probe.ts [--keyset]
import config from '@payload-config'
import { getPayload } from 'payload'
import { listPolicies } from '@/features/policies/server/policy-queries'
import { parsePolicyFilters } from '@/features/policies/server/policy-list-query'
import { parseCursor } from '@/platform/content/rules/list-paging'

const payload = await getPayload({ config })
const base = parsePolicyFilters({})
const page399 = await listPolicies(parsePolicyFilters({ page: '399' }))
const cases: [string, () => Promise<unknown>][] = [
  ['list /policies', () => listPolicies(base)],
  ['filtered ?year=2015&topic=family-planning', () => listPolicies(parsePolicyFilters({ year: '2015', topic: 'family-planning' }))],
  ['deep ?page=400 (offset)', () => listPolicies(parsePolicyFilters({ page: '400' }))],
  ['deep ?older= (keyset, same page)', () => listPolicies(base, { older: parseCursor(page399.older!)! })],
]
const total = await payload.count({ collection: 'policy-notices' })
console.log(`${payload.db.name} · ${total.totalDocs} notices`)
for (const [name, run] of cases) {
  const times: number[] = []
  for (let i = 0; i < 60; i++) {
    const t = performance.now()
    await run()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  console.log(`${name.padEnd(44)} p50 ${times[30].toFixed(1).padStart(6)} ms  p95 ${times[57].toFixed(1).padStart(6)} ms`)
}
process.exit(0)
