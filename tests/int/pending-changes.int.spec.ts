import config from '@payload-config'
import sharp from 'sharp'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { User } from '@/payload-types'
import { graphql, rest } from './helpers/api-client'
import { as, publishingTeam, STAFF_PASSWORD } from './helpers/staff-accounts'
import { PENDING_MESSAGES } from '@/platform/publishing/rules/pending-change'
import { minimalPdf } from '../fixtures/minimal-pdf'

/**
 * The two-person rule for services, districts, policy documents and images: an editor's rename
 * (or alt text) waits as a pending change on every path (local API, REST, GraphQL) while the
 * public keeps the name in force; another person, a reviewer, makes it take effect or declines
 * it; an editor asks for an image's deletion and a reviewer carries it out.
 */

// Several logins and saves per test on a machine shared by many runs.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

let payload: Payload
let editor: User
let reviewerA: User
let reviewerB: User

const token = async (user: User) => (await payload.login({ collection: 'users', data: { email: user.email, password: STAFF_PASSWORD } })).token!
const publicName = async (collection: 'services' | 'districts', id: number) =>
  ((await payload.findByID({ collection, id, depth: 0, overrideAccess: false, user: null })) as { name: string }).name

beforeAll(async () => {
  payload = await getPayload({ config })
  ;({ editor, reviewerA, reviewerB } = await publishingTeam(payload, 'pending.test'))
})

describe('an editor renames a service', () => {
  it('holds the rename until a reviewer approves it; the public sees the old name meanwhile', async () => {
    const service = await payload.create({ collection: 'services', data: { name: '免费孕前检查', code: 'pending-prepregnancy' } })
    const saved = await payload.update({ collection: 'services', id: service.id, data: { name: '免费孕前优生健康检查', order: 5 }, ...as(editor) })
    expect(saved.name).toBe('免费孕前检查')
    expect(saved.order).toBe(5)
    expect(saved.pendingChange).toMatchObject({ changes: { name: '免费孕前优生健康检查' }, by: editor.id })
    expect(await publicName('services', service.id)).toBe('免费孕前检查')
    // Visitors never see the pending change.
    expect((await payload.findByID({ collection: 'services', id: service.id, overrideAccess: false, user: null })).pendingChange).toBeUndefined()

    const own = await rest('POST', `/services/${service.id}/pending-change/approve`, { token: await token(editor) })
    expect(own.status).toBe(403)
    expect(own.json.error).toBe(PENDING_MESSAGES.notReviewer)
    const approved = await rest('POST', `/services/${service.id}/pending-change/approve`, { token: await token(reviewerA) })
    expect(approved.status).toBe(200)
    expect(await publicName('services', service.id)).toBe('免费孕前优生健康检查')
    const after = await payload.findByID({ collection: 'services', id: service.id, depth: 0 })
    expect(after.pendingChange).toBeNull()
  })

  it('holds a rename sent over REST and GraphQL as well, and ignores a pending change the request sends', async () => {
    const service = await payload.create({ collection: 'services', data: { name: '艾滋病检测', code: 'pending-hiv' } })
    const viaRest = await rest('PATCH', `/services/${service.id}`, { token: await token(editor), body: { name: '艾滋病自愿咨询检测', pendingChange: null } })
    expect(viaRest.status).toBe(200)
    expect(viaRest.json.doc.name).toBe('艾滋病检测')
    const viaGraphql = await graphql(`mutation { updateService(id: ${service.id}, data: { summary: "免费、保密。" }) { name summary } }`, await token(editor))
    expect(viaGraphql.json.data.updateService).toEqual({ name: '艾滋病检测', summary: null })
    const stored = await payload.findByID({ collection: 'services', id: service.id, depth: 0 })
    expect(stored.pendingChange).toMatchObject({ changes: { name: '艾滋病自愿咨询检测', summary: '免费、保密。' } })
  })

  it('lets a reviewer decline the change, and a reviewer edit directly', async () => {
    const service = await payload.create({ collection: 'services', data: { name: '避孕药具', code: 'pending-contraceptives' } })
    await payload.update({ collection: 'services', id: service.id, data: { name: '随便写的名称' }, ...as(editor) })
    const declined = await rest('POST', `/services/${service.id}/pending-change/reject`, { token: await token(reviewerB) })
    expect(declined.status).toBe(200)
    expect(await publicName('services', service.id)).toBe('避孕药具')
    expect((await payload.findByID({ collection: 'services', id: service.id, depth: 0 })).pendingChange).toBeNull()
    const nothing = await rest('POST', `/services/${service.id}/pending-change/approve`, { token: await token(reviewerB) })
    expect(nothing.status).toBe(403)
    expect(nothing.json.error).toBe(PENDING_MESSAGES.nothingPending)
    await payload.update({ collection: 'services', id: service.id, data: { name: '免费避孕药具' }, ...as(reviewerA) })
    expect(await publicName('services', service.id)).toBe('免费避孕药具')
  })
})

describe('districts and policy documents', () => {
  it('hold an editor\'s rename of a district and of its county until approved', async () => {
    const county = await payload.create({ collection: 'districts', data: { name: '锦江区', code: 'pending-jinjiang', kind: 'county' } })
    const other = await payload.create({ collection: 'districts', data: { name: '青羊区', code: 'pending-qingyang', kind: 'county' } })
    const street = await payload.create({ collection: 'districts', data: { name: '春熙路街道', code: 'pending-chunxi', kind: 'street', parent: county.id } })
    const saved = await payload.update({ collection: 'districts', id: street.id, data: { name: '春熙街道', parent: other.id }, ...as(editor) })
    expect(saved.name).toBe('春熙路街道')
    expect(typeof saved.parent === 'object' ? saved.parent?.id : saved.parent).toBe(county.id)
    await rest('POST', `/districts/${street.id}/pending-change/approve`, { token: await token(reviewerA) })
    const after = await payload.findByID({ collection: 'districts', id: street.id, depth: 0 })
    expect([after.name, after.parent]).toEqual(['春熙街道', other.id])
  })

  it("hold an editor's new title for an attachment", async () => {
    const pdf = minimalPdf()
    const document = await payload.create({ collection: 'policy-documents', data: { title: '附件1：申请表' }, file: { data: pdf, mimetype: 'application/pdf', name: 'form.pdf', size: pdf.length } })
    const saved = await payload.update({ collection: 'policy-documents', id: document.id, data: { title: '附件1：申请表（修订）' }, ...as(editor) })
    expect(saved.title).toBe('附件1：申请表')
    expect(saved.pendingChange).toMatchObject({ changes: { title: '附件1：申请表（修订）' } })
  })
})

describe('images', () => {
  let imageId: number
  beforeAll(async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2d6a4f' } }).png().toBuffer()
    imageId = (await payload.create({ collection: 'media', data: { alt: '社区义诊现场' }, file: { data: png, mimetype: 'image/png', name: 'pending.png', size: png.length } })).id
  })

  it("holds an editor's alt text until approved", async () => {
    const saved = await payload.update({ collection: 'media', id: imageId, data: { alt: '义诊' }, ...as(editor) })
    expect(saved.alt).toBe('社区义诊现场')
    await rest('POST', `/media/${imageId}/pending-change/approve`, { token: await token(reviewerA) })
    expect((await payload.findByID({ collection: 'media', id: imageId, depth: 0 })).alt).toBe('义诊')
  })

  it('refuses an editor\'s deletion; the editor asks, a reviewer deletes', async () => {
    await expect(payload.delete({ collection: 'media', id: imageId, ...as(editor) })).rejects.toThrow()
    const viaRest = await rest('DELETE', `/media/${imageId}`, { token: await token(editor) })
    expect(viaRest.status).toBeGreaterThanOrEqual(400)
    expect(await payload.findByID({ collection: 'media', id: imageId, depth: 0 })).toBeTruthy()
    const asked = await rest('POST', `/media/${imageId}/pending-change/request-removal`, { token: await token(editor) })
    expect(asked.status).toBe(200)
    expect((await payload.findByID({ collection: 'media', id: imageId, depth: 0 })).pendingChange).toMatchObject({ remove: true, by: editor.id })
    const approved = await rest('POST', `/media/${imageId}/pending-change/approve`, { token: await token(reviewerB) })
    expect(approved.status).toBe(200)
    expect(approved.json.deleted).toBe(true)
    await expect(payload.findByID({ collection: 'media', id: imageId, depth: 0 })).rejects.toThrow()
  })
})
