import fs from 'node:fs'
import config from '@payload-config'
import { getPayload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { searchSite } from '@/features/search/server/query'
import { seedDemo } from '@/seed'

type Case = { q: string; top3: string[] }
const { queries } = JSON.parse(fs.readFileSync('tests/search/relevance.json', 'utf8')) as { queries: Case[] }

beforeAll(async () => {
  const payload = await getPayload({ config })
  // The demo content, indexed by the same hooks that index a publish in the admin.
  await seedDemo(payload)
}, 180_000)

describe('search relevance on the demo content', () => {
  it(`finds the intended page among the first three for at least 95% of ${queries.length} queries`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(40)
    const misses: string[] = []
    for (const { q, top3 } of queries) {
      const result = await searchSite(q)
      const titles = result.hits.slice(0, 3).map((hit) => hit.title)
      if (!titles.some((title) => top3.some((wanted) => title.includes(wanted)))) misses.push(`${q} → ${titles.join(' | ') || '（无结果）'}`)
    }
    const hitRate = (queries.length - misses.length) / queries.length
    console.log(`search relevance: ${queries.length - misses.length}/${queries.length} in the top 3 (${(hitRate * 100).toFixed(1)}%)`)
    for (const miss of misses) console.log(`  miss: ${miss}`)
    expect(hitRate).toBeGreaterThanOrEqual(0.95)
  })
})
