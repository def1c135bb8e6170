import fs from 'node:fs'
import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { rest } from './helpers/api-client'
import { createStaff, loginToken } from './helpers/staff-accounts'

let payload: Payload
let editorToken: string
let handlerToken: string
let importedId: number | string

const FOUNDING = fs.readFileSync('src/seed/notices/notice-chengdu-2004-5.txt')
const FOUNDING_TITLE = '成都市人民政府办公厅关于实施创建计划生育优质服务先进县（市、区）工程的通知'
const FOUNDING_NUMBER = '成办发〔2004〕5号'
const founding = { base64: FOUNDING.toString('base64'), fileName: 'notice-chengdu-2004-5.txt' }

const PREVIEW = '/policy-notices/import/preview'
const IMPORT = '/policy-notices/import'
const TWO_MB = 2 * 1024 * 1024

/** Both the preview and the import endpoint refuse `body` alike: with `status` and this error. */
async function expectBothRefuse(body: unknown, token: string | undefined, status: number, error: string | RegExp) {
  for (const path of [PREVIEW, IMPORT]) {
    const response = await rest('POST', path, { token, body })
    expect(response.status).toBe(status)
    if (typeof error === 'string') expect(response.json.error).toBe(error)
    else expect(response.json.error).toMatch(error)
  }
}

const postRaw = REST_POST(config)

/** A POST with a body the JSON helper cannot send: malformed JSON, or a body far too large. */
async function rawPost(path: string, body: string, token?: string) {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const url = new URL(`http://localhost/api${path}`)
  const response = await postRaw(new Request(url, { method: 'POST', headers, body }), {
    params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
  })
  return { status: response.status, json: await response.json().catch(() => null) }
}

const noticesWithFoundingNumber = () =>
  payload.count({ collection: 'policy-notices', where: { documentNumber: { equals: FOUNDING_NUMBER } }, overrideAccess: true })

beforeAll(async () => {
  payload = await getPayload({ config })
  const admin = await createStaff(payload, 'admin@example.test', ['admin'])
  expect(admin.roles).toEqual(['admin'])
  await createStaff(payload, 'editor@example.test', ['editor'])
  await createStaff(payload, 'handler@example.test', ['handler'])
  editorToken = await loginToken('editor@example.test')
  handlerToken = await loginToken('handler@example.test')
})

describe('import preview', () => {
  it('parses the founding notice for an editor without saving anything', async () => {
    const response = await rest('POST', PREVIEW, { token: editorToken, body: founding })
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({
      fileName: 'notice-chengdu-2004-5.txt',
      title: FOUNDING_TITLE,
      documentNumber: FOUNDING_NUMBER,
      issuingAuthority: expect.stringContaining('成都市人民政府办公厅'),
      wasTraditional: true,
      existing: null,
      action: 'create',
    })
    expect(response.json.addressees).toContain('各区（市）县政府')
    expect(response.json.warnings).toEqual(expect.any(Array))
    expect(response.json.blocks).toContainEqual({ type: 'heading', text: '一、指导思想' })
    expect(response.json.blocks.length).toBeGreaterThan(5)
    expect((await noticesWithFoundingNumber()).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'policy-notices', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('accepts pasted text as well as file bytes', async () => {
    const response = await rest('POST', PREVIEW, { token: editorToken, body: { text: FOUNDING.toString('utf8') } })
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({ title: FOUNDING_TITLE, documentNumber: FOUNDING_NUMBER, fileName: '粘贴的文本' })
  })
})

describe('import', () => {
  it('creates a draft for an editor, which the public cannot see', async () => {
    const response = await rest('POST', IMPORT, { token: editorToken, body: founding })
    expect(response.status).toBe(201)
    expect(response.json.outcome).toMatchObject({ status: 'imported', title: FOUNDING_TITLE, documentNumber: FOUNDING_NUMBER })
    importedId = response.json.outcome.id
    expect(response.json.adminUrl).toBe(`/admin/collections/policy-notices/${importedId}`)

    const draft = await payload.findByID({ collection: 'policy-notices', id: importedId, draft: true, overrideAccess: true })
    expect(draft).toMatchObject({ title: FOUNDING_TITLE, documentNumber: FOUNDING_NUMBER, _status: 'draft' })

    expect((await rest('GET', `/policy-notices/${importedId}`)).status).toBe(404)
    expect((await rest('GET', `/policy-notices/${importedId}?draft=true`)).status).toBe(404)
    const list = await rest('GET', '/policy-notices?draft=true&limit=100')
    expect(list.status).toBe(200)
    expect(JSON.stringify(list.json)).not.toContain(FOUNDING_NUMBER)
  })

  it('previews the existing draft as a conflict', async () => {
    const response = await rest('POST', PREVIEW, { token: editorToken, body: founding })
    expect(response.status).toBe(200)
    expect(response.json.existing).toMatchObject({
      id: importedId,
      status: 'draft',
      title: FOUNDING_TITLE,
      adminUrl: `/admin/collections/policy-notices/${importedId}`,
    })
    expect(response.json.action).toBe('update')
  })

  it('updates that draft when the same text is imported again, never making a second notice', async () => {
    const response = await rest('POST', IMPORT, { token: editorToken, body: founding })
    expect(response.status).toBe(200)
    expect(response.json.outcome).toMatchObject({ status: 'updated', id: importedId })
    expect(response.json.adminUrl).toBe(`/admin/collections/policy-notices/${importedId}`)
    expect((await noticesWithFoundingNumber()).totalDocs).toBe(1)
  })

  it('leaves a published notice alone and says so', async () => {
    await payload.update({ collection: 'policy-notices', id: importedId, data: { _status: 'published' }, overrideAccess: true })
    const preview = await rest('POST', PREVIEW, { token: editorToken, body: founding })
    expect(preview.json.existing).toMatchObject({ id: importedId, status: 'published' })
    expect(preview.json.action).toBe('skip')

    const response = await rest('POST', IMPORT, { token: editorToken, body: founding })
    expect(response.status).toBe(409)
    expect(response.json.outcome).toMatchObject({ status: 'skipped', id: importedId })
    expect(response.json.error).toContain('已发布')
    expect((await noticesWithFoundingNumber()).totalDocs).toBe(1)
  })
})

describe('who may import', () => {
  it('refuses message handlers', async () => {
    await expectBothRefuse({ text: '关于测试的通知\n正文。' }, handlerToken, 403, '只有管理员、编辑和审核员可以导入政策文件。')
  })

  it('refuses visitors', async () => {
    for (const path of [PREVIEW, IMPORT]) {
      const response = await rest('POST', path, { body: founding })
      expect([401, 403]).toContain(response.status)
      expect(response.json.error).toMatch(/登录/)
    }
    const garbage = await rawPost(IMPORT, '{not json')
    expect([401, 403]).toContain(garbage.status)
  })
})

describe('bad input is a 4xx with a Chinese message', () => {
  const countBefore = () => payload.count({ collection: 'policy-notices', overrideAccess: true }).then((r) => r.totalDocs)

  it.each([{ text: '' }, { text: ' \n\t ' }, { base64: '' }])('an empty text: %j', async (body) => {
    await expectBothRefuse(body, editorToken, 400, '文件是空的')
  })

  it('a binary file', async () => {
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256))
    const before = await countBefore()
    await expectBothRefuse({ base64: binary.toString('base64'), fileName: 'photo.jpg' }, editorToken, 400, '这不是文本文件')
    expect(await countBefore()).toBe(before)
  })

  it('invalid JSON', async () => {
    for (const path of [PREVIEW, IMPORT]) {
      for (const raw of ['{"text": "未闭合', '', 'null', '[1,2]', '"text"']) {
        const response = await rawPost(path, raw, editorToken)
        expect(response.status).toBe(400)
        expect(response.json.error).toMatch(/JSON/)
      }
    }
  })

  it.each([
    [{ text: 42 }, /text/],
    [{ base64: ['x'] }, /base64/],
    [{ text: '正文', fileName: { name: 'a' } }, /fileName/],
    [{ text: '正文', base64: 'YQ==' }, /二者选一/],
    [{}, /请粘贴文本或选择/],
    [{ base64: '这不是base64!' }, /base64/],
  ])('wrong shapes and wrong types: %j', async (body, message) => {
    await expectBothRefuse(body, editorToken, 400, message)
  })

  it('a text without a recognisable title', async () => {
    await expectBothRefuse({ text: '1234\n5678' }, editorToken, 400, '未找到标题')
  })

  it('anything larger than 2 MB', async () => {
    const before = await countBefore()
    const big = Buffer.alloc(TWO_MB + 1, 'a')
    for (const path of [PREVIEW, IMPORT]) {
      const asFile = await rest('POST', path, { token: editorToken, body: { base64: big.toString('base64') } })
      expect(asFile.status).toBe(413)
      expect(asFile.json.error).toContain('2 MB')
      const asText = await rest('POST', path, { token: editorToken, body: { text: '通'.repeat(TWO_MB / 3 + 1) } })
      expect(asText.status).toBe(413)
      const huge = await rawPost(path, JSON.stringify({ text: 'a'.repeat(9 * TWO_MB) }), editorToken)
      expect(huge.status).toBe(413)
      expect(huge.json.error).toContain('2 MB')
    }
    // Exactly 2 MB is still accepted (and parsed).
    const atLimit = Buffer.concat([FOUNDING, Buffer.alloc(TWO_MB - FOUNDING.length, ' ')])
    const limit = await rest('POST', PREVIEW, { token: editorToken, body: { base64: atLimit.toString('base64') } })
    expect(limit.status).toBe(200)
    expect(await countBefore()).toBe(before)
  })
})
