import config from '@payload-config'
import sharp from 'sharp'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { User } from '@/payload-types'
import { graphql, rest } from './helpers/api-client'
import { as, publishingTeam, STAFF_PASSWORD } from './helpers/staff-accounts'
import { PENDING_MESSAGES } from '@/platform/publishing/rules/pending-change'
import { pendingRecords } from '@/platform/publishing/pending-change/queue'
import { loadStationOptions } from '@/features/stations/server/station-search'
import { minimalPdf } from '../fixtures/minimal-pdf'

/**
 * The two-person rule for services, districts, policy documents and images: an editor's rename
 * (or alt text) waits as a pending change on every path (local API, REST, GraphQL) while the
 * public keeps the name in force; another person, a reviewer, makes it take effect or declines
 * it; an editor asks for an image's deletion and a reviewer carries it out. An editor's new
 * service or district is not public until a reviewer approves it.
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

describe('an editor adds a service or a district', () => {
  const visible = async (collection: 'services' | 'districts', id: number) => {
    const local = await payload.find({ collection, where: { id: { equals: id } }, depth: 0, overrideAccess: false, user: null })
    const viaRest = await rest('GET', `/${collection}/${id}`)
    const list = await rest('GET', `/${collection}?limit=100&depth=0&where[id][equals]=${id}`)
    const name = collection === 'services' ? 'Services' : 'Districts'
    const viaGraphql = await graphql(`{ ${name}(where: { id: { equals: ${id} } }) { docs { id } } }`)
    const seen = [local.docs.length === 1, viaRest.status === 200, list.json.docs.length === 1, viaGraphql.json.data[name].docs.length === 1]
    expect(new Set(seen).size, `local, REST, REST list and GraphQL agree: ${seen}`).toBe(1)
    return seen[0]
  }

  it('keeps a new service out of public view on every path until a reviewer approves it, and lists it for review meanwhile', async () => {
    const created = await payload.create({ collection: 'services', data: { name: '新婚夫妇健康讲座', code: 'pending-new-lecture' }, ...as(editor) })
    expect(created.reviewState).toBe('new')
    expect(created.pendingChange).toMatchObject({ added: true, by: editor.id })
    expect(await visible('services', created.id)).toBe(false)
    // Staff see it, and the reviewers' queue lists it with the editor's name.
    expect((await payload.findByID({ collection: 'services', id: created.id, ...as(reviewerA) })).name).toBe('新婚夫妇健康讲座')
    const queue = await pendingRecords(payload, reviewerA)
    expect(queue.items).toContainEqual(expect.objectContaining({ collection: 'services', id: created.id, state: 'new', by: editor.name, own: false }))
    expect(queue.count).toBeGreaterThanOrEqual(1)

    const own = await rest('POST', `/services/${created.id}/pending-change/approve`, { token: await token(editor) })
    expect(own.json.error).toBe(PENDING_MESSAGES.notReviewer)
    const approved = await rest('POST', `/services/${created.id}/pending-change/approve`, { token: await token(reviewerA) })
    expect(approved.status).toBe(200)
    expect(await visible('services', created.id)).toBe(true)
    const after = await payload.findByID({ collection: 'services', id: created.id, depth: 0 })
    expect([after.reviewState, after.pendingChange]).toEqual(['in-force', null])
  })

  it('keeps a returned new district hidden; the editor saves it again and it waits for review again', async () => {
    const created = await rest('POST', '/districts', { token: await token(editor), body: { name: '天府新区', code: 'pending-new-tianfu', kind: 'county', reviewState: 'in-force', pendingChange: null } })
    expect(created.status).toBe(201)
    const id = created.json.doc.id as number
    expect(created.json.doc.reviewState).toBe('new')
    expect(await visible('districts', id)).toBe(false)
    const returned = await rest('POST', `/districts/${id}/pending-change/reject`, { token: await token(reviewerB) })
    expect(returned.status).toBe(200)
    expect((await payload.findByID({ collection: 'districts', id, depth: 0 })).reviewState).toBe('new-returned')
    expect(await visible('districts', id)).toBe(false)
    // Nothing of it is public, so the editor's save writes as sent, and it is proposed again.
    const fixed = await rest('PATCH', `/districts/${id}`, { token: await token(editor), body: { name: '四川天府新区成都直管区', reviewState: 'in-force' } })
    expect(fixed.json.doc).toMatchObject({ name: '四川天府新区成都直管区', reviewState: 'new' })
    expect(await visible('districts', id)).toBe(false)
    await rest('POST', `/districts/${id}/pending-change/approve`, { token: await token(reviewerB) })
    expect(await visible('districts', id)).toBe(true)
  })

  it("puts a reviewer's new service in force at once; an editor's GraphQL create that asks to be in force still waits", async () => {
    const byReviewer = await payload.create({ collection: 'services', data: { name: '产后访视', code: 'pending-new-postnatal' }, ...as(reviewerA) })
    expect(byReviewer.reviewState).toBe('in-force')
    expect(await visible('services', byReviewer.id)).toBe(true)
    const viaGraphql = await graphql(`mutation { createService(data: { name: "孕期营养咨询", code: "pending-new-nutrition", reviewState: in_force }) { id reviewState } }`, await token(editor))
    const made = viaGraphql.json.data.createService
    expect(made.reviewState).toBe('new')
    expect(await visible('services', made.id)).toBe(false)
  })

  it("leaves a service and a street nobody approved yet out of the station list's filters", async () => {
    const hidden = await payload.create({ collection: 'services', data: { name: '未审核的服务', code: 'pending-new-unapproved' }, ...as(editor) })
    const shown = await payload.create({ collection: 'services', data: { name: '已生效的服务', code: 'pending-new-approved' } })
    const county = await payload.create({ collection: 'districts', data: { name: '新津区', code: 'pending-new-xinjin', kind: 'county' } })
    await payload.create({ collection: 'districts', data: { name: '未审核的街道', code: 'pending-new-street', kind: 'street', parent: county.id }, ...as(editor) })
    const options = await loadStationOptions(payload)
    expect(options.services.map((service) => service.id)).toContain(shown.id)
    expect(options.services.map((service) => service.id)).not.toContain(hidden.id)
    expect(options.districts.find((district) => district.id === county.id)?.streets).toEqual([])
  })
})
