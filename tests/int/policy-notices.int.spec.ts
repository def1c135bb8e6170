import fs from 'node:fs'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { importNoticeFile } from '@/features/policies/server/import-notices'
import { parsePolicyFilters, policyWhere } from '@/features/policies/server/policy-list-query'
import type { User } from '@/payload-types'
import { minimalPdf } from '../fixtures/minimal-pdf'
import { graphql, rest } from './helpers/api-client'
import { policyNotice } from './helpers/policy-notice'
import { createStaff } from './helpers/staff-accounts'

let payload: Payload
let admin: User
let editor: User
let handler: User
const FOUNDING = fs.readFileSync('src/seed/notices/notice-chengdu-2004-5.txt')

beforeAll(async () => {
  payload = await getPayload({ config })
  admin = await createStaff(payload, 'admin@example.test', ['admin'])
  editor = await createStaff(payload, 'editor@example.test', ['editor'])
  handler = await createStaff(payload, 'handler@example.test', ['handler'])
})

describe('policy notices: metadata', () => {
  it('gives a new notice an index number, a normalised document number and a readable slug', async () => {
    const created = await payload.create({
      collection: 'policy-notices',
      data: policyNotice({ documentNumber: '成人口发[2010]9号' }),
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(created.documentNumber).toBe('成人口发〔2010〕9号')
    expect(created.indexNumber).toMatch(/^00815012-X\/2010-\d{5}$/)
    expect(created.slug).toBe('chengrenkoufa-2010-9')
    expect(created.year).toBe(2010)

    const renamed = await payload.update({
      collection: 'policy-notices',
      id: created.id,
      data: { title: '关于做好流动人口计划生育服务工作的通知', documentNumber: '成人口发〔2010〕10号' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(renamed.slug).toBe('chengrenkoufa-2010-9')
    expect(renamed.indexNumber).toBe(created.indexNumber)
  })

  it('numbers index numbers in sequence within a year and never twice', async () => {
    const a = await payload.create({ collection: 'policy-notices', data: policyNotice({ dateWritten: '2011-01-01' }), draft: true })
    const b = await payload.create({ collection: 'policy-notices', data: policyNotice({ dateWritten: '2011-07-01' }), draft: true })
    expect(a.indexNumber).toBe('00815012-X/2011-00001')
    expect(b.indexNumber).toBe('00815012-X/2011-00002')
  })

  it('refuses a second notice with the same document number', async () => {
    await payload.create({ collection: 'policy-notices', data: policyNotice({ documentNumber: '成办发〔2012〕1号' }), draft: true })
    await expect(
      payload.create({ collection: 'policy-notices', data: policyNotice({ documentNumber: '成办发（2012）1号' }), draft: true }),
    ).rejects.toThrow()
    const count = await payload.count({ collection: 'policy-notices', where: { documentNumber: { equals: '成办发〔2012〕1号' } } })
    expect(count.totalDocs).toBe(1)
  })

  it('lets only content staff write notices', async () => {
    await expect(
      payload.create({ collection: 'policy-notices', data: policyNotice(), draft: true, user: handler, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(rest('POST', '/policy-notices', { body: policyNotice() })).resolves.toMatchObject({ status: 403 })
  })
})

describe('policy notices: drafts are invisible to the public', () => {
  let draftId: number
  let publishedId: number

  beforeAll(async () => {
    draftId = (await payload.create({ collection: 'policy-notices', data: policyNotice({ title: '草稿：尚未发布的通知' }), draft: true, user: editor, overrideAccess: false })).id
    publishedId = (
      // Published by the system (no user): who may publish is tested in publishing-review.int.spec.ts.
      await payload.create({ collection: 'policy-notices', data: policyNotice({ title: '已发布的通知', _status: 'published' }) })
    ).id
    // A later unpublished edit of a published notice must not leak either.
    await payload.update({ collection: 'policy-notices', id: publishedId, data: { title: '已发布的通知（未发布的修改）' }, draft: true, user: editor, overrideAccess: false })
  })

  it('through the local API as a visitor', async () => {
    const visible = await payload.find({ collection: 'policy-notices', overrideAccess: false, user: null, limit: 100 })
    const titles = visible.docs.map((doc) => doc.title)
    expect(titles).toContain('已发布的通知')
    expect(titles).not.toContain('草稿：尚未发布的通知')
    expect(titles).not.toContain('已发布的通知（未发布的修改）')
    await expect(payload.findByID({ collection: 'policy-notices', id: draftId, overrideAccess: false, user: null })).rejects.toThrow()
  })

  it('through REST, even when asking for drafts', async () => {
    for (const path of ['/policy-notices?limit=100', '/policy-notices?draft=true&limit=100', `/policy-notices/${publishedId}?draft=true`]) {
      const response = await rest('GET', path)
      expect(response.status).toBe(200)
      const text = JSON.stringify(response.json)
      expect(text).not.toContain('草稿：尚未发布的通知')
      expect(text).not.toContain('未发布的修改')
    }
    expect((await rest('GET', `/policy-notices/${draftId}`)).status).toBe(404)
    expect((await rest('GET', `/policy-notices/versions`)).status).toBeGreaterThanOrEqual(400)
  })

  it('through GraphQL, even when asking for drafts', async () => {
    const list = await graphql('{ PolicyNotices(limit: 100) { docs { title } } }')
    expect(JSON.stringify(list.json)).toContain('已发布的通知')
    for (const query of ['{ PolicyNotices(limit: 100) { docs { title } } }', '{ PolicyNotices(limit: 100, draft: true) { docs { title } } }']) {
      const text = JSON.stringify((await graphql(query)).json)
      expect(text).not.toContain('草稿：尚未发布的通知')
      expect(text).not.toContain('未发布的修改')
    }
    const one = await graphql(`{ PolicyNotice(id: ${draftId}) { title } }`)
    expect(JSON.stringify(one.json)).not.toContain('草稿')
    const versions = await graphql('{ versionsPolicyNotices { docs { version { title } } } }')
    expect(JSON.stringify(versions.json)).not.toContain('草稿')
  })

  it('while staff still see drafts', async () => {
    const seen = await payload.find({ collection: 'policy-notices', draft: true, user: editor, overrideAccess: false, limit: 100 })
    expect(seen.docs.map((doc) => doc.title)).toContain('草稿：尚未发布的通知')
  })
})

describe('policy list filters', () => {
  beforeAll(async () => {
    const published = { _status: 'published' as const }
    await payload.create({ collection: 'policy-notices', data: policyNotice({ ...published, title: '关于生育登记的通知', documentNumber: '成卫发〔2020〕3号', dateWritten: '2020-03-01', topic: 'family-planning' }) })
    await payload.create({ collection: 'policy-notices', data: policyNotice({ ...published, title: '关于艾滋病检测的通知', dateWritten: '2020-08-01', topic: 'hiv-prevention', validity: 'repealed', issuingAuthority: '成都市卫生局' }) })
  })

  const find = (params: Record<string, string>) =>
    payload.find({ collection: 'policy-notices', where: policyWhere(parsePolicyFilters(params)), overrideAccess: false, user: null, limit: 50 })
      .then((result) => result.docs.map((doc) => doc.title))

  it('filter by year, topic, validity and authority', async () => {
    expect(await find({ year: '2020', topic: 'hiv-prevention' })).toEqual(['关于艾滋病检测的通知'])
    expect(await find({ validity: 'repealed' })).toEqual(['关于艾滋病检测的通知'])
    expect(await find({ authority: '成都市卫生局' })).toEqual(['关于艾滋病检测的通知'])
    expect(await find({ year: '2020', topic: 'family-planning' })).toEqual(['关于生育登记的通知'])
  })

  it('search titles, text and document numbers in any bracket style', async () => {
    expect(await find({ q: '生育登记' })).toEqual(['关于生育登记的通知'])
    expect(await find({ q: '成卫发[2020]3号' })).toEqual(['关于生育登记的通知'])
    expect(await find({ q: '同等的计划生育服务' })).toContain('关于艾滋病检测的通知')
  })

  it('ignore nonsense instead of failing', async () => {
    const all = await find({})
    expect(await find({ year: "2020' OR 1=1 --", topic: '<script>', validity: 'x' })).toEqual(all)
  })
})

describe('importing legacy texts', () => {
  it('creates a draft, and updates that draft instead of duplicating it', async () => {
    const first = await importNoticeFile(payload, 'notice.txt', FOUNDING, { user: editor })
    expect(first).toMatchObject({ status: 'imported', documentNumber: '成办发〔2004〕5号' })
    const stored = await payload.findByID({ collection: 'policy-notices', id: first.id!, draft: true })
    expect(stored._status).toBe('draft')
    expect(stored.title).toBe('成都市人民政府办公厅关于实施创建计划生育优质服务先进县（市、区）工程的通知')
    expect(stored.issuingAuthority).toBe('成都市人民政府办公厅')

    const second = await importNoticeFile(payload, 'notice-again.txt', FOUNDING, { user: editor })
    expect(second).toMatchObject({ status: 'updated', id: first.id })
    const count = await payload.count({ collection: 'policy-notices', where: { documentNumber: { equals: '成办发〔2004〕5号' } } })
    expect(count.totalDocs).toBe(1)
  })

  it('reports a conflict with a published notice instead of overwriting it', async () => {
    const published = await importNoticeFile(payload, 'x.txt', Buffer.from('关于实施生育服务的通知\n成办发〔2015〕2号\n各区县：\n正文。\n2015年1月2日'), { publish: true })
    expect(published.status).toBe('imported')
    const again = await importNoticeFile(payload, 'x.txt', Buffer.from('关于实施生育服务的通知（修改）\n成办发[2015]2号\n各区县：\n改动。\n2015年1月2日'))
    expect(again).toMatchObject({ status: 'skipped', reason: expect.stringContaining('已发布') })
    const stored = await payload.findByID({ collection: 'policy-notices', id: published.id! })
    expect(stored.title).toBe('关于实施生育服务的通知')
  })

  it('recognises a notice without a 文号 by its title and date, importing it once however often it comes', async () => {
    const text = (body: string) => Buffer.from(`关于优化生育登记服务的政策解读\n各区县：\n${body}\n2021年6月3日`)
    const first = await importNoticeFile(payload, 'jiedu.txt', text('一、为什么优化。'))
    expect(first.status).toBe('imported')
    const again = await importNoticeFile(payload, 'jiedu-2.txt', text('一、为什么优化（修订）。'))
    expect(again).toMatchObject({ status: 'updated', id: first.id })
    await payload.update({ collection: 'policy-notices', id: first.id!, data: { _status: 'published' } })
    const third = await importNoticeFile(payload, 'jiedu-3.txt', text('三改。'), { publish: true })
    expect(third).toMatchObject({ status: 'skipped', id: first.id, reason: expect.stringContaining('标题和成文日期相同') })
    const copies = await payload.count({ collection: 'policy-notices', where: { title: { equals: '关于优化生育登记服务的政策解读' } } })
    expect(copies.totalDocs).toBe(1)
    // Another date is another notice.
    const later = await importNoticeFile(payload, 'jiedu-2022.txt', Buffer.from('关于优化生育登记服务的政策解读\n各区县：\n新内容。\n2022年6月3日'))
    expect(later.status).toBe('imported')
  })

  it('fails a bad file with its reason and saves nothing', async () => {
    const before = await payload.count({ collection: 'policy-notices' })
    expect(await importNoticeFile(payload, 'empty.txt', new Uint8Array())).toMatchObject({ status: 'failed', reason: '文件是空的' })
    expect(await importNoticeFile(payload, 'a.exe', new Uint8Array([0x4d, 0x5a, 0, 0, 3, 0, 0, 0, 0xff, 0]))).toMatchObject({
      status: 'failed',
      reason: '这不是文本文件',
    })
    expect((await payload.count({ collection: 'policy-notices' })).totalDocs).toBe(before.totalDocs)
  })
})

describe('attachments', () => {
  const upload = (name: string, data: Buffer, mimetype: string) =>
    payload.create({
      collection: 'policy-documents',
      data: { title: name },
      file: { data, mimetype, name, size: data.length },
      user: editor,
      overrideAccess: false,
    })

  it('accepts a real PDF and refuses a renamed executable, in Chinese', async () => {
    const pdf = await upload('评估指标.pdf', minimalPdf(), 'application/pdf')
    expect(pdf.filename).toBe('评估指标.pdf')
    await expect(upload('通知.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00PE\x00\x00'), 'application/pdf')).rejects.toThrow(/文件内容不是允许的类型/)
    expect((await payload.count({ collection: 'policy-documents' })).totalDocs).toBe(1)
  })
})
