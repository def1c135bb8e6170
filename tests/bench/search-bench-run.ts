// Seeds N search entries into a throw-away database and times `searchSite` (what /search runs)
// on the relevance queries. Run by tests/bench/search-bench.mjs, not by hand.
// Prints progress on stderr and one line `BENCH_RESULT {json}` on stdout.
import fs from 'node:fs'
import config from '@payload-config'
import { getPayload } from 'payload'
import { indexedTokenText, SEARCH_TYPES } from '@/features/search/rules'
import { searchSite } from '@/features/search/server/query'

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]) || fallback
const COUNT = arg('count', 10_000)
const ROUNDS = arg('rounds', 5)
const log = (message: string) => process.stderr.write(`[search] ${message}\n`)

// Deterministic text from the field's own vocabulary, so the pairs are realistic.
const PHRASES = `计划生育 生育登记 流动人口 避孕药具 免费 孕前优生健康检查 艾滋病 自愿咨询检测 母婴传播 梅毒 乙肝 青春期 生殖健康
服务站 社区 街道 卫生健康委员会 奖励扶助 农村部分计划生育家庭 优质服务 政策解读 婚育新风进万家 关爱女孩 男性参与 宣传 讲座 义诊
预约 材料 身份证 结婚证 户籍 居住地 办理 通知 意见 实施办法 标准 调整 工作 加强 进一步 均等化 基本公共卫生 服务 咨询 热线
保密 检测点 医院 妇幼保健 疾病预防控制中心 开放时间 周末 节假日 家长 学生 学校 夫妻 家庭 健康 知识 活动 报名 地址 电话`.split(/\s+/)
let state = 20261129
const random = () => {
  state = (state * 1103515245 + 12345) % 2147483648
  return state / 2147483648
}
const pick = () => PHRASES[Math.floor(random() * PHRASES.length)]
const sentence = (n: number) => Array.from({ length: n }, pick).join('')

const payload = await getPayload({ config })
const seedStart = performance.now()
for (let i = 0; i < COUNT; i++) {
  const title = sentence(3 + Math.floor(random() * 3))
  const body = Array.from({ length: 8 + Math.floor(random() * 12) }, () => sentence(6)).join('。')
  await payload.db.create({
    collection: 'search-documents',
    data: {
      source: `bench:${i}`,
      type: SEARCH_TYPES[i % SEARCH_TYPES.length].value,
      url: `/bench/${i}`,
      title,
      body,
      tokens: indexedTokenText(`${title}\n${body}`),
      publishedAt: new Date(Date.UTC(2010 + (i % 16), i % 12, 1 + (i % 28))).toISOString(),
    },
  })
  if ((i + 1) % 2000 === 0) log(`${i + 1} entries`)
}
const seedSeconds = (performance.now() - seedStart) / 1000
if (payload.db.name === 'postgres') await (payload.db as unknown as { drizzle: { execute: (q: string) => Promise<unknown> } }).drizzle.execute('ANALYZE')

const { queries } = JSON.parse(fs.readFileSync('tests/search/relevance.json', 'utf8')) as { queries: { q: string }[] }
const { queryTokens } = await import('@/features/search/rules')
const { newestMatches } = await import('@/features/search/server/fulltext-match')
const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}
const timed = async (rounds: number, once: (q: string) => Promise<unknown>) => {
  const samples: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const { q } of queries) {
      const started = performance.now()
      await once(q)
      samples.push(performance.now() - started)
    }
  }
  return { runs: samples.length, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) }
}
for (const { q } of queries.slice(0, 5)) await searchSite(q)
let matches = 0
// Before: the token scan (LIKE '% pair %' for every pair), as search ran before the full-text index.
const scanMatch = await timed(1, (q) => payload.find({ collection: 'search-documents', where: { and: queryTokens(q).map((t) => ({ tokens: { contains: ` ${t} ` } })) }, sort: '-publishedAt', limit: 400, depth: 0, pagination: false, select: {}, overrideAccess: true }))
const scanSearch = await timed(1, (q) => searchSite(q, { match: 'scan' }))
// Now: the index chooses the newest 400 candidates.
const indexMatch = await timed(ROUNDS, (q) => newestMatches(payload, [queryTokens(q)]))
const indexSearch = await timed(ROUNDS, async (q) => (matches += (await searchSite(q)).total))
console.log(`BENCH_RESULT ${JSON.stringify({ count: COUNT, seedSeconds, meanMatches: matches / indexSearch.runs, scanMatch, scanSearch, indexMatch, indexSearch })}`)
await payload.destroy()
process.exit(0)
