import fs from 'node:fs'
import config from '@payload-config'
import { sql } from '@payloadcms/db-sqlite/drizzle'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { indexAnswers, newestMatches, rebuildFulltextIndex } from '@/features/search/server/fulltext-match'
import { FTS_TABLE } from '@/features/search/server/fulltext-schema'
import { searchSite } from '@/features/search/server/query'
import { indexedTokenText, queryTokens } from '@/features/search/rules'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'
import { seedDemo } from '@/seed'
import { deskStep, publishThroughDesk } from './helpers/desk'
import { as, publishingTeam } from './helpers/staff-accounts'

// The full-text index (FTS5 on SQLite, a generated tsvector with GIN on PostgreSQL) must find
// exactly what the token scan it replaced finds, in the same order, and follow every step that
// puts a page on the site or takes it off.
const dialect = process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'sqlite'
type Case = { q: string }
const { queries } = JSON.parse(fs.readFileSync('tests/search/relevance.json', 'utf8')) as { queries: Case[] }

let payload: Payload
let editor: User
let reviewerA: User
let reviewerB: User
const COLLECTION = 'outreach-articles' as const

/** Every ranked result of a search, page after page (ids), with the counts. */
async function ranked(q: string, match: 'index' | 'scan', type?: string) {
  const first = await searchSite(q, { match, type })
  const ids = first.hits.map((hit) => hit.id)
  for (let page = 2; page <= first.totalPages; page++) ids.push(...(await searchSite(q, { match, type, page })).hits.map((hit) => hit.id))
  return { ids, total: first.total, counts: first.countsByType, capped: first.countsCapped, alsoSearched: first.alsoSearched, suggestions: first.suggestions }
}

/** What the index itself holds for a query (the search-document ids), newest first. */
const inIndex = async (q: string) => (await newestMatches(payload, [queryTokens(q)])) ?? []
const entryOf = async (id: number) =>
  (await payload.find({ collection: 'search-documents', where: { source: { equals: `${COLLECTION}:${id}` } }, limit: 1, overrideAccess: true })).docs[0]

/** SQLite checks an external-content FTS5 table against its content table itself. */
async function indexIntact() {
  if (dialect !== 'sqlite') return
  const db = payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }
  await db.drizzle.run(sql.raw(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rank) VALUES ('integrity-check', 1)`))
}

beforeAll(async () => {
  payload = await getPayload({ config })
  await seedDemo(payload)
  ;({ editor, reviewerA, reviewerB } = await publishingTeam(payload, 'fulltext.test'))
}, 600_000)

describe(`the full-text index on ${dialect}`, () => {
  it('answers every query of the relevance set, with the same ranked pages in the same order as the scan', async () => {
    const differences: string[] = []
    for (const { q } of queries) {
      expect(indexAnswers(payload, [queryTokens(q)]), q).toBe(true)
      const [now, before] = await Promise.all([ranked(q, 'index'), ranked(q, 'scan')])
      if (JSON.stringify(now) !== JSON.stringify(before)) differences.push(`${q}: ${JSON.stringify(before.ids)} → ${JSON.stringify(now.ids)}`)
    }
    expect(differences).toEqual([])
  }, 240_000)

  it('finds single characters, numbers and a section alike, and falls back to the scan for what it cannot hold', async () => {
    for (const q of ['号', '2004', '服务站', 'hiv']) expect(await ranked(q, 'index'), q).toEqual(await ranked(q, 'scan'))
    expect(await ranked('生育', 'index', 'policy')).toEqual(await ranked('生育', 'scan', 'policy'))
    expect(await newestMatches(payload, [['a-b']])).toBeNull()
  })

  it('follows publish, a changed publish, unpublish, withdraw, restore and delete', async () => {
    const article = async (text: string) =>
      payload.create({
        collection: COLLECTION,
        data: { title: '全文索引跟踪测试文章', kind: 'story', summary: '摘要。', body: lexicalParagraphs([text]) },
        draft: true,
        ...as(editor),
      })
    const first = await article('正文讲到蒲公英课堂。')
    expect(await inIndex('蒲公英课堂')).toEqual([])
    await publishThroughDesk(payload, COLLECTION, first.id, editor, reviewerA)
    expect(await inIndex('蒲公英课堂')).toEqual([(await entryOf(first.id)).id])
    await indexIntact()

    await payload.update({ collection: COLLECTION, id: first.id, data: { body: lexicalParagraphs(['正文改为向日葵课堂。']) }, draft: true, ...as(editor) })
    await publishThroughDesk(payload, COLLECTION, first.id, editor, reviewerA)
    expect(await inIndex('蒲公英课堂')).toEqual([])
    expect(await inIndex('向日葵课堂')).toEqual([(await entryOf(first.id)).id])
    await indexIntact()

    await deskStep(payload, reviewerB, COLLECTION, first.id, 'unpublish', { reason: '内容已过时。' })
    expect(await inIndex('向日葵课堂')).toEqual([])
    await indexIntact()

    const second = await article('正文讲到满天星讲座。')
    await publishThroughDesk(payload, COLLECTION, second.id, editor, reviewerA)
    expect(await inIndex('满天星讲座')).toHaveLength(1)
    await deskStep(payload, reviewerB, COLLECTION, second.id, 'withdraw', { reason: '活动安排已调整。' })
    expect(await inIndex('满天星讲座')).toEqual([])
    await indexIntact()

    await deskStep(payload, reviewerB, COLLECTION, second.id, 'restore', { reason: '误撤回，恢复。' })
    expect(await inIndex('满天星讲座')).toEqual([(await entryOf(second.id)).id])
    await indexIntact()

    await payload.delete({ collection: COLLECTION, id: second.id, overrideAccess: true })
    expect(await inIndex('满天星讲座')).toEqual([])
    await indexIntact()
  })

  it('ranks a broad query from its newest 400 pages and counts its sections up to the cap (400 条以上)', async () => {
    for (let n = 0; n < 405; n++) {
      await payload.db.create({
        collection: 'search-documents',
        data: { source: `broad:${n}`, type: 'event', url: `/broad/${n}`, title: `蜂鸟观察活动第${n}场`, body: '蜂鸟观察。', tokens: indexedTokenText(`蜂鸟观察活动第${n}场\n蜂鸟观察。`), publishedAt: new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString() },
      })
    }
    const now = await searchSite('蜂鸟观察')
    expect(now.capped).toBe(true)
    expect(now.countsByType.event).toBe(400)
    expect(now.countsCapped.event).toBe(true)
    expect(now.countsCapped.policy).toBe(false)
    expect(now.hits[0].title).toBe('蜂鸟观察活动第404场')
    const before = await searchSite('蜂鸟观察', { match: 'scan' })
    expect(now.hits.map((hit) => hit.id)).toEqual(before.hits.map((hit) => hit.id))
    expect([now.countsByType, now.countsCapped, now.total]).toEqual([before.countsByType, before.countsCapped, before.total])
    const section = await searchSite('蜂鸟观察', { type: 'event', page: 40 })
    expect(section.hits).toHaveLength(10)
  })

  it('is rebuilt from the search documents (what `npm run search:rebuild` and a restore run)', async () => {
    const before = await inIndex('生育登记')
    expect(before.length).toBeGreaterThan(0)
    if (dialect === 'sqlite') {
      // As after loading rows past the triggers: the index emptied, the documents still there.
      const db = payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }
      await db.drizzle.run(sql.raw(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}) VALUES ('delete-all')`))
      expect(await inIndex('生育登记')).toEqual([])
    }
    await rebuildFulltextIndex(payload)
    expect(await inIndex('生育登记')).toEqual(before)
    await indexIntact()
  })
})
