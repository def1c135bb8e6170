import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { searchSite } from '@/features/search/server/query'
import { policyNotice, richText } from './helpers/policy-notice'

let payload: Payload

const guide = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: `${title}的说明。`,
  audience: '在成都居住的夫妻',
  conditions: [{ text: '在本市居住' }],
  materials: [{ name: '居民身份证', note: '原件' }],
  steps: [{ title: '网上或窗口申请' }],
  timeLimit: '当场办结',
  fee: '不收费',
  hours: '工作日',
  phone: '028-12345',
  ...extra,
})

beforeAll(async () => {
  payload = await getPayload({ config })
})

describe('办事指南 (service guides)', () => {
  it('is found first for its service’s words, before notices that mention them', async () => {
    for (let n = 1; n <= 3; n++) {
      await payload.create({ collection: 'policy-notices', data: { ...policyNotice({ title: `关于生育登记有关事项的通知（${n}）`, documentNumber: `成卫健办〔2022〕${n}号`, body: richText('做好生育登记服务。') }), _status: 'published' } })
    }
    await payload.create({ collection: 'service-guides', data: { ...guide('生育登记'), _status: 'published' } })
    const result = await searchSite('生育登记')
    expect(result.hits[0]).toMatchObject({ type: 'guide', title: '生育登记', url: expect.stringMatching(/^\/guides\/[a-z0-9-]+$/) })
    expect(result.countsByType.guide).toBe(1)
    // The everyday word reads as the guide's name (the synonym list: 准生证 → 生育登记).
    expect((await searchSite('准生证')).hits[0]?.type).toBe('guide')
  })

  it('keeps drafts from visitors and out of search', async () => {
    const draft = await payload.create({ collection: 'service-guides', data: guide('再生育登记'), draft: true })
    const seen = await payload.find({ collection: 'service-guides', where: { id: { equals: draft.id } }, overrideAccess: false, user: null })
    expect(seen.totalDocs).toBe(0)
    expect((await searchSite('再生育登记')).hits.map((hit) => hit.title)).not.toContain('再生育登记')
  })

  it('refuses an online address that is not https, in Chinese, and saves nothing', async () => {
    const before = (await payload.count({ collection: 'service-guides' })).totalDocs
    for (const url of ['javascript:alert(1)', 'http://example.test/', 'tfwb']) {
      const refused = await payload.create({ collection: 'service-guides', data: { ...guide('育儿补贴申领'), online: { url, label: '天府通办' }, _status: 'published' } }).catch((error) => error)
      expect(refused.data?.errors).toEqual([expect.objectContaining({ path: 'online.url', message: expect.stringContaining('https://') })])
    }
    expect((await payload.count({ collection: 'service-guides' })).totalDocs).toBe(before)
  })
})
