import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { searchSite } from '@/features/search/server/query'
import { rebuildSearchIndex } from '@/features/search/server/rebuild'
import { rest } from './helpers/api-client'
import { policyNotice, richText } from './helpers/policy-notice'

let payload: Payload

const notice = (title: string, documentNumber: string, text: string) => policyNotice({ title, documentNumber, body: richText(text) })

const titles = async (q: string, type?: string) => (await searchSite(q, { type })).hits.map((hit) => hit.title)

beforeAll(async () => {
  payload = await getPayload({ config })
})

describe('the search index follows what visitors can see', () => {
  it('never indexes a draft, indexes on publish, follows changes, and drops an unpublished or deleted page', async () => {
    const draft = await payload.create({ collection: 'policy-notices', data: notice('关于流动人口避孕节育服务的通知', '成人口发〔2010〕9号', '为流动人口免费提供避孕药具。'), draft: true })
    expect(await titles('避孕节育')).toEqual([])

    await payload.update({ collection: 'policy-notices', id: draft.id, data: { _status: 'published' } })
    expect(await titles('避孕节育')).toEqual(['关于流动人口避孕节育服务的通知'])
    expect(await titles('成人口发[2010]9号')).toEqual(['关于流动人口避孕节育服务的通知'])
    expect(await titles('2010 9号')).toEqual(['关于流动人口避孕节育服务的通知'])
    expect(await titles('避孕節育')).toEqual(['关于流动人口避孕节育服务的通知'])

    // A draft of a change leaves the published text in the index until it is published.
    await payload.update({ collection: 'policy-notices', id: draft.id, data: { body: richText('改为免费提供避孕药具和孕前检查。') }, draft: true })
    expect(await titles('孕前检查')).toEqual([])
    await payload.update({ collection: 'policy-notices', id: draft.id, data: { _status: 'published', body: richText('改为免费提供避孕药具和孕前检查。') } })
    expect(await titles('孕前检查')).toEqual(['关于流动人口避孕节育服务的通知'])

    await payload.update({ collection: 'policy-notices', id: draft.id, data: { _status: 'draft' } })
    expect(await titles('避孕节育')).toEqual([])

    await payload.update({ collection: 'policy-notices', id: draft.id, data: { _status: 'published' } })
    expect(await titles('避孕节育')).toHaveLength(1)
    await payload.delete({ collection: 'policy-notices', id: draft.id })
    expect(await titles('避孕节育')).toEqual([])
  })

  it('filters and counts by type, and pages through results', async () => {
    for (let n = 1; n <= 12; n++) {
      await payload.create({ collection: 'policy-notices', data: { ...notice(`生育登记服务通知第${n}号`, `成卫健办〔2021〕${n}号`, '优化生育登记。'), _status: 'published' } })
    }
    const first = await searchSite('生育登记')
    expect(first.total).toBe(12)
    expect(first.countsByType.policy).toBe(12)
    expect(first.hits).toHaveLength(10)
    expect((await searchSite('生育登记', { page: 2 })).hits).toHaveLength(2)
    expect((await searchSite('生育登记', { type: 'health' })).total).toBe(0)
  })

  it('suggests the title phrase one character away when no page holds the query (您是不是要找), and only then', async () => {
    const typo = await searchSite('生育登计')
    expect(typo.suggestions).toEqual(['生育登记'])
    expect((await searchSite(typo.suggestions[0])).total).toBeGreaterThan(0)
    expect((await searchSite('生育登记')).suggestions).toEqual([])
    expect((await searchSite('天气预报')).suggestions).toEqual([])
  })

  it('is readable by visitors only as published text, and written by nobody through the API', async () => {
    const list = await rest('GET', '/search-documents?limit=100')
    expect(list.status).toBe(200)
    expect(JSON.stringify(list.json)).not.toContain('草稿')
    expect((await rest('POST', '/search-documents', { body: { source: 'x', type: 'policy', url: '/x', title: '伪造', tokens: ' 伪造 ' } })).status).toBe(403)
  })

  it('answers an empty or punctuation-only query with nothing, not an error', async () => {
    expect((await searchSite('')).hits).toEqual([])
    expect((await searchSite('%_\'";--')).hits).toEqual([])
    expect((await searchSite('  ，。！ ')).total).toBe(0)
  })

  it('rebuilds the whole index from the content', async () => {
    const entries = await payload.find({ collection: 'search-documents', limit: 1, depth: 0, overrideAccess: true })
    await payload.db.deleteOne({ collection: 'search-documents', where: { id: { equals: entries.docs[0].id } } })
    const { counts } = await rebuildSearchIndex(payload)
    expect(counts['policy-notices']).toBe(12)
    expect((await searchSite('生育登记')).total).toBe(12)
  })
})

describe('the synonym list staff keep', () => {
  it('reads everyday words as the pages put them, as staff change the list, and only staff may change it', async () => {
    await payload.create({ collection: 'policy-notices', data: { ...notice('关于宫内节育器免费取出服务的通知', '成人口发〔2011〕3号', '育龄妇女可到服务站免费取出宫内节育器。'), _status: 'published' } })
    // The starting list, before anyone saved the settings
    const before = await searchSite('取环')
    expect(before.hits.map((hit) => hit.title)).toEqual(['关于宫内节育器免费取出服务的通知'])
    expect(before.alsoSearched[0]).toMatchObject({ typed: '取环' })
    expect(before.hits[0].reading).not.toBe('取环')

    const editor = await payload.create({ collection: 'users', data: { email: 'syn-editor@example.test', password: 'Synonym-editor-2026!', name: '编辑甲', roles: ['editor'] } })
    await payload.updateGlobal({ slug: 'search-settings', data: { synonyms: [{ typed: '摘节育环', means: '取出宫内节育器' }] }, user: editor, overrideAccess: false })
    expect(await titles('摘节育环')).toEqual(['关于宫内节育器免费取出服务的通知'])
    expect(await titles('取环')).toEqual([])

    const anonymous = await rest('POST', '/globals/search-settings', { body: { synonyms: [] } })
    expect(anonymous.status).toBe(403)
    expect(await titles('摘节育环')).toHaveLength(1)
  })
})
