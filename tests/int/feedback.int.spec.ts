import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { submitFeedback } from '@/features/feedback/server/submit-feedback'
import { NOT_FOUND, trackFeedback } from '@/features/feedback/server/track-feedback'
import type { User } from '@/payload-types'
import { graphql, rest } from './helpers/api-client'
import { RESIDENT_COMPLAINT, residentMessage, submitResidentMessage } from './helpers/resident-message'
import { staffPerRole } from './helpers/staff-accounts'

let payload: Payload
let users: Record<string, User>
let tokens: Record<string, string>

const form = (fields: Record<string, unknown> = {}, extra: Parameters<typeof residentMessage>[1] = {}) =>
  residentMessage({ ...RESIDENT_COMPLAINT, ...fields }, extra)

const submitted = (fields: Record<string, unknown> = {}) => submitResidentMessage(payload, { ...RESIDENT_COMPLAINT, ...fields })

beforeAll(async () => {
  payload = await getPayload({ config })
  const staff = await staffPerRole(payload, ['admin', 'editor', 'reviewer', 'handler'])
  users = staff.users
  tokens = staff.tokens
})

describe('submitting a message', () => {
  it('saves it with a tracking code and shows a secret key that is stored only as a hash', async () => {
    const result = await submitted()
    expect(result.trackingCode).toMatch(/^FK-\d{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/)
    expect(result.accessKey.replace(/-/g, '').length).toBeGreaterThanOrEqual(26)
    const stored = await payload.find({ collection: 'feedback', where: { trackingCode: { equals: result.trackingCode } }, overrideAccess: true, showHiddenFields: true })
    const doc = stored.docs[0]
    expect(doc.status).toBe('received')
    expect(doc.needsModeration).toBe(true)
    expect(doc.contact?.phone).toBe('13812345678')
    expect(doc.contactMasked?.phone).toBe('138****5678')
    expect(JSON.stringify(doc)).not.toContain(result.accessKey)
  })

  it('ignores what a resident must not set', async () => {
    const result = await submitted({ status: 'closed', reply: '已解决', replyDepartment: '假部门', published: true, trackingCode: 'FK-2000-AAAAAA' })
    const doc = (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: result.trackingCode } }, overrideAccess: true })).docs[0]
    expect(doc.status).toBe('received')
    expect(doc.reply ?? null).toBeNull()
    expect(doc.replyDepartment ?? null).toBeNull()
  })

  it('creates one message for a double click or a retried POST', async () => {
    const input = form()
    const [a, b] = await Promise.all([submitFeedback(payload, input), submitFeedback(payload, input)])
    const c = await submitFeedback(payload, input)
    expect(a.ok && b.ok && c.ok).toBe(true)
    if (!a.ok || !b.ok || !c.ok) return
    expect(new Set([a.trackingCode, b.trackingCode, c.trackingCode]).size).toBe(1)
    expect(c.accessKey).toBe(a.accessKey)
    const count = await payload.count({ collection: 'feedback', where: { trackingCode: { equals: a.trackingCode } }, overrideAccess: true })
    expect(count.totalDocs).toBe(1)
  })

  it('answers bad input with messages in Chinese and saves nothing', async () => {
    const before = (await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs
    const cases: [Record<string, unknown>, string][] = [
      [{ subject: '' }, 'subject'],
      [{ message: '长'.repeat(50_000) }, 'message'],
      [{ message: '请看 <script>alert(1)</script> 这里的问题描述' }, 'message'],
      [{ phone: '12345' }, 'phone'],
      [{ name: '王\r\nBcc: x@example.test' }, 'name'],
      [{ publishConsent: undefined }, 'publishConsent'],
      [{ kind: 'spam' }, 'kind'],
    ]
    for (const [fields, field] of cases) {
      const result = await submitFeedback(payload, form(fields))
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.errors[field as keyof typeof result.errors]).toMatch(/[\u4e00-\u9fff]/)
    }
    const exe = await submitFeedback(payload, form({}, { files: [{ name: 'photo.jpg', data: Buffer.from('MZ\x90\x00\x03\x00\x00\x00PE\x00\x00') }] }))
    expect(exe).toMatchObject({ ok: false, errors: { attachments: expect.stringContaining('无法识别') } })
    const honeypot = await submitFeedback(payload, form({}, { honeypot: 'http://spam.example' }))
    expect(honeypot.ok).toBe(false)
    const stale = await submitFeedback(payload, form({}, { idempotencyToken: 'not-a-token' }))
    expect(stale).toMatchObject({ ok: false, formError: expect.stringContaining('表单已过期') })
    expect((await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('queues the confirmation e-mail in the same transaction, without the secret key', async () => {
    const result = await submitted({ email: 'queued@example.test' })
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendEmail' } }, limit: 100, overrideAccess: true })
    const mine = jobs.docs.filter((job) => (job.input as { to?: string }).to === 'queued@example.test')
    expect(mine).toHaveLength(1)
    const input = mine[0].input as { text: string; html: string }
    expect(input.text).toContain(result.trackingCode)
    expect(input.text + input.html).not.toContain(result.accessKey)
  })
})

describe('tracking a message', () => {
  it('finds it only with the right code and key, and answers both mistakes alike', async () => {
    const result = await submitted()
    const found = await trackFeedback(payload, result.trackingCode.toLowerCase(), result.accessKey)
    expect(found).toMatchObject({ ok: true, message: { trackingCode: result.trackingCode, status: 'received' } })
    expect(JSON.stringify(found)).not.toContain('13812345678')
    const wrongKey = await trackFeedback(payload, result.trackingCode, 'ABCDE-ABCDE-ABCDE-ABCDE-ABCDEF')
    const wrongCode = await trackFeedback(payload, 'FK-2026-ZZZZZZ', result.accessKey)
    expect(wrongKey).toEqual({ ok: false, message: NOT_FOUND })
    expect(wrongCode).toEqual({ ok: false, message: NOT_FOUND })
  })
})

describe('who sees messages', () => {
  let id: number | string

  beforeAll(async () => {
    const result = await submitted({ subject: '访问控制测试留言' })
    id = (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: result.trackingCode } }, overrideAccess: true })).docs[0].id
  })

  it('only handlers and admins read them, over the local API', async () => {
    for (const role of ['handler', 'admin']) {
      const seen = await payload.find({ collection: 'feedback', user: users[role], overrideAccess: false })
      expect(seen.totalDocs).toBeGreaterThan(0)
    }
    for (const role of ['editor', 'reviewer']) {
      await expect(payload.find({ collection: 'feedback', user: users[role], overrideAccess: false })).rejects.toThrow()
    }
    await expect(payload.find({ collection: 'feedback', overrideAccess: false, user: null })).rejects.toThrow()
  })

  it('never over public REST or GraphQL, and for staff only with masked contact details', async () => {
    for (const token of [undefined, tokens.editor, tokens.reviewer]) {
      const list = await rest('GET', '/feedback', { token })
      expect(list.status).toBe(403)
      expect((await rest('GET', `/feedback/${id}`, { token })).status).toBe(403)
      const gql = await graphql('{ Feedbacks { docs { subject } } }', token)
      expect(JSON.stringify(gql.json)).not.toContain('访问控制测试留言')
    }
    const handler = await rest('GET', `/feedback/${id}`, { token: tokens.handler })
    expect(handler.status).toBe(200)
    expect(handler.json.subject).toBe('访问控制测试留言')
    expect(handler.json.contactMasked.phone).toBe('138****5678')
    expect(JSON.stringify(handler.json)).not.toContain('13812345678')
    expect(JSON.stringify(handler.json)).not.toContain('resident@example.test')
    expect(handler.json.accessKeyHash).toBeUndefined()
    const gql = await graphql(`{ Feedback(id: ${JSON.stringify(id)}) { subject contactMasked { phone } } }`, tokens.handler)
    expect(gql.json.data.Feedback.contactMasked.phone).toBe('138****5678')
  })

  it('nobody creates them over the API around the form, and nobody deletes them', async () => {
    expect((await rest('POST', '/feedback', { body: { kind: 'complaint', subject: '绕过表单', message: '绕过表单直接提交的内容', trackingCode: 'FK-2026-AAAAAA', accessKeyHash: 'x' } })).status).toBe(403)
    await expect(payload.delete({ collection: 'feedback', id, user: users.admin, overrideAccess: false })).rejects.toThrow()
  })

  it('reveals contact details to a handler only, and audits every reveal', async () => {
    expect((await rest('POST', `/feedback/${id}/reveal-contact`, { token: tokens.editor })).status).toBe(403)
    expect((await rest('POST', `/feedback/${id}/reveal-contact`)).status).toBe(401)
    const revealed = await rest('POST', `/feedback/${id}/reveal-contact`, { token: tokens.handler })
    expect(revealed.status).toBe(200)
    expect(revealed.json.contact).toMatchObject({ phone: '13812345678', email: 'resident@example.test', name: '王小明' })
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'feedback.reveal-contact' } }, overrideAccess: true })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({ actorEmail: 'handler@example.test', targetCollection: 'feedback', targetId: String(id) })
  })

  it('keeps the audit log append-only for every role, even an admin', async () => {
    const entry = (await payload.find({ collection: 'audit-log', overrideAccess: true, limit: 1 })).docs[0]
    for (const role of ['admin', 'handler', 'editor']) {
      expect((await rest('PATCH', `/audit-log/${entry.id}`, { token: tokens[role], body: { summary: '篡改' } })).status).toBe(403)
    }
    await expect(payload.update({ collection: 'audit-log', id: entry.id, data: { summary: '篡改' }, overrideAccess: true })).rejects.toThrow(/不能修改/)
    await expect(payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true })).rejects.toThrow(/不能修改/)
    expect((await rest('POST', '/audit-log', { token: tokens.admin, body: { action: 'fake', at: new Date().toISOString() } })).status).toBe(403)
  })
})
