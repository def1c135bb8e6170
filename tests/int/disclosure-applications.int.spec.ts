import crypto from 'node:crypto'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { answerClock, type AnswerInput } from '@/features/disclosure/rules'
import { submitApplication } from '@/features/disclosure/server/submit-application'
import { takeApplicationStep } from '@/features/disclosure/server/take-step'
import { findOwnApplication, storedLetter } from '@/features/disclosure/server/track-application'
import type { User } from '@/payload-types'
import { rest } from './helpers/api-client'
import { INFORMATION_REQUEST } from './helpers/information-request'
import { staffPerRole } from './helpers/staff-accounts'

let payload: Payload
let users: Record<'handler' | 'editor', User>
let tokens: Record<'handler' | 'editor', string>

const FORM = INFORMATION_REQUEST

async function apply(fields: Record<string, unknown> = {}) {
  const result = await submitApplication(payload, { fields: { ...FORM, ...fields }, idempotencyToken: crypto.randomUUID(), honeypot: '' })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  const doc = (await payload.find({ collection: 'disclosure-applications', where: { trackingCode: { equals: result.trackingCode } }, overrideAccess: true, depth: 0 })).docs[0]
  return { ...result, doc }
}

const reload = (id: number | string) => payload.findByID({ collection: 'disclosure-applications', id, overrideAccess: true, depth: 0 })

const emailsOfKind = async (kind: string) =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendEmail' } }, pagination: false, overrideAccess: true })).docs.filter(
    (job) => (job.input as { kind?: string } | undefined)?.kind === kind,
  )

beforeAll(async () => {
  payload = await getPayload({ config })
  const staff = await staffPerRole(payload, ['handler', 'editor'], 'disclosure.test')
  users = staff.users
  tokens = staff.tokens
  // A fresh PostgreSQL database runs every migration first; on a shared machine that is slow.
}, 300_000)

describe('receiving an application', () => {
  it('stores it with a GK code, the 20-working-day deadline, masks for staff and a receipt e-mail', async () => {
    const before = (await emailsOfKind('disclosure-received')).length
    const { trackingCode, accessKey, answerDueDay, doc } = await apply()
    expect(trackingCode).toMatch(/^GK-\d{4}-[A-Z0-9]{6}$/)
    expect(answerClock({ receivedAt: doc.receivedAt })).toMatchObject({ running: true, deadline: answerDueDay })
    expect(doc.status).toBe('received')
    expect(doc.applicantMasked).toMatchObject({ name: '李*', idNumber: '1101************2X', phone: '138****5678' })
    expect((await emailsOfKind('disclosure-received')).length).toBe(before + 1)

    // Staff read it masked; nobody reads the applicant's real details through the API.
    const asStaff = await payload.findByID({ collection: 'disclosure-applications', id: doc.id, overrideAccess: false, user: users.handler })
    expect(asStaff).not.toHaveProperty('applicant')
    expect(asStaff).not.toHaveProperty('letter')
    expect(JSON.stringify(asStaff)).not.toContain('11010519491231002X')
    const viaRest = await rest('GET', `/disclosure-applications/${doc.id}`, { token: tokens.handler })
    expect(JSON.stringify(viaRest.json)).not.toContain('11010519491231002X')
    expect((await rest('GET', `/disclosure-applications/${doc.id}`, { token: tokens.editor })).status).toBe(403)
    expect((await rest('GET', '/disclosure-applications')).json.docs ?? []).toEqual([])

    // The applicant finds it with code and key only.
    expect(await findOwnApplication(payload, trackingCode, accessKey)).toMatchObject({ trackingCode })
    expect(await findOwnApplication(payload, trackingCode, 'WRONG-KEY-0000-0000-000000')).toBeNull()
  })

  it('refuses a bad form with messages and stores nothing', async () => {
    const count = (await payload.count({ collection: 'disclosure-applications', overrideAccess: true })).totalDocs
    const result = await submitApplication(payload, { fields: { ...FORM, idNumber: '123', description: '' }, idempotencyToken: crypto.randomUUID(), honeypot: '' })
    expect(result).toMatchObject({ ok: false, errors: { idNumber: expect.any(String), description: expect.any(String) } })
    expect((await payload.count({ collection: 'disclosure-applications', overrideAccess: true })).totalDocs).toBe(count)
  })

  it('reveals the applicant to a handler only, with an audit entry', async () => {
    const { doc } = await apply()
    const refused = await rest('POST', `/disclosure-applications/${doc.id}/reveal-applicant`, { token: tokens.editor })
    expect(refused.status).toBe(403)
    const shown = await rest('POST', `/disclosure-applications/${doc.id}/reveal-applicant`, { token: tokens.handler })
    expect(shown.json.applicant).toMatchObject({ name: '李明', idNumber: '11010519491231002X' })
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'disclosure.reveal-applicant' } }, { targetId: { equals: String(doc.id) } }] }, overrideAccess: true })
    expect(audit.totalDocs).toBe(1)
  })

  it('cannot be moved by editing fields: status and answer change only through the steps', async () => {
    const { doc } = await apply()
    await payload.update({ collection: 'disclosure-applications', id: doc.id, data: { status: 'answered', answer: { type: 'disclosed' } }, overrideAccess: false, user: users.handler })
    expect(await reload(doc.id)).toMatchObject({ status: 'received' })
  })
})

const ANSWERS: [string, AnswerInput, RegExp][] = [
  ['予以公开', { type: 'disclosed', provided: '实施方案全文见附件，经费安排见第三部分。' }, /本机关予以公开。实施方案全文/],
  ['部分公开', { type: 'partly-disclosed', provided: '实施方案全文', withheldPart: '参检对象名单', reason: 'third-party', explanation: '名单载有个人信息' }, /“参检对象名单”涉及商业秘密、个人隐私等/],
  ['不予公开', { type: 'withheld', reason: 'process-information', explanation: '经费方案尚在讨论' }, /过程性信息.*第十六条第二款.*不予公开/],
  ['无法提供', { type: 'unavailable', reason: 'not-held', explanation: '经检索本机关未制作该文件' }, /本机关不掌握相关政府信息.*无法提供/],
  ['不予处理', { type: 'not-processed', reason: 'repeated', explanation: '已于本年 3 月答复相同申请' }, /重复申请.*不予处理/],
  ['告知向其他机关申请', { type: 'referred', reason: 'other-body', otherBody: '成都市财政局（028-12345678）', explanation: '经费由财政部门公开' }, /请您向成都市财政局（028-12345678）申请/],
]

describe('answering an application', () => {
  it.each(ANSWERS)('answers %s with a dated letter stating the remedies, e-mailed and shown to the applicant', async (_label, answer, expected) => {
    const { doc, trackingCode, accessKey } = await apply()
    const before = (await emailsOfKind('disclosure-answered')).length
    const outcome = await takeApplicationStep(payload, users.handler, doc.id, { kind: 'answer', answer })
    expect(outcome).toMatchObject({ ok: true, status: 'answered' })
    const stored = await reload(doc.id)
    expect(stored).toMatchObject({ status: 'answered', answerDueDay: null, answer: { type: answer.type } })
    const letter = (await storedLetter(payload, doc.id)) ?? ''
    expect(letter).toMatch(expected)
    expect(letter).toMatch(/^政府信息公开申请答复书/)
    expect(letter).toContain('李明：')
    expect(letter).toMatch(/60日内向成都市人民政府申请行政复议.*6个月内依法向人民法院提起行政诉讼/)
    expect(letter).toMatch(/\n\d{4}年\d{1,2}月\d{1,2}日$/)
    const emails = await emailsOfKind('disclosure-answered')
    expect(emails.length).toBe(before + 1)
    expect(emails.some((job) => (job.input as { text: string }).text.includes(trackingCode) && (job.input as { text: string }).text.includes('行政复议'))).toBe(true)
    expect(await findOwnApplication(payload, trackingCode, accessKey)).toMatchObject({ status: 'answered' })
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'disclosure.answer' } }, { targetId: { equals: String(doc.id) } }] }, overrideAccess: true })
    expect(audit.totalDocs).toBe(1)
    // Answered once: a second answer is refused and changes nothing.
    expect(await takeApplicationStep(payload, users.handler, doc.id, { kind: 'answer', answer })).toMatchObject({ ok: false, httpStatus: 409 })
  })

  it('refuses an answer missing what its type requires, through the desk endpoint too', async () => {
    const { doc } = await apply()
    const refused = await rest('POST', `/disclosure-applications/${doc.id}/steps/answer`, { token: tokens.handler, body: { type: 'withheld', explanation: '理由' } })
    expect(refused.status).toBe(409)
    expect(refused.json.error).toMatch(/法律依据/)
    expect((await rest('POST', `/disclosure-applications/${doc.id}/steps/answer`, { token: tokens.editor, body: { type: 'disclosed', provided: 'x' } })).status).toBe(403)
    expect(await reload(doc.id)).toMatchObject({ status: 'received' })
  })
})

describe('补正 and extension', () => {
  it('stops the clock on a 补正 request, resumes it on the applicant\'s answer, and lapses when unanswered', async () => {
    const { doc, trackingCode, accessKey } = await apply()
    expect((await takeApplicationStep(payload, users.handler, doc.id, { kind: 'request-correction', what: '请说明所需方案的年份和区县', days: 10 })).ok).toBe(true)
    const waiting = await reload(doc.id)
    expect(waiting).toMatchObject({ status: 'awaiting-correction', answerDueDay: null })
    expect((await emailsOfKind('disclosure-correction')).length).toBeGreaterThan(0)
    // The applicant answers (as the tracking page does: no staff user).
    expect((await takeApplicationStep(payload, null, doc.id, { kind: 'record-correction', text: '2025 年，全市' })).ok).toBe(true)
    const resumed = await reload(doc.id)
    expect(resumed.status).toBe('received')
    expect(resumed.answerDueDay).toBeTruthy()
    expect((await findOwnApplication(payload, trackingCode, accessKey))?.corrections?.[0]).toMatchObject({ answer: '2025 年，全市' })

    const other = await apply()
    await takeApplicationStep(payload, users.handler, other.doc.id, { kind: 'request-correction', what: '请说明文件名称', days: 5 })
    expect(await takeApplicationStep(payload, users.handler, other.doc.id, { kind: 'lapse' })).toMatchObject({ ok: false })
    const later = new Date(Date.now() + 40 * 86_400_000)
    expect(await takeApplicationStep(payload, users.handler, other.doc.id, { kind: 'lapse' }, later)).toMatchObject({ ok: true, status: 'lapsed' })
    expect(await takeApplicationStep(payload, null, other.doc.id, { kind: 'record-correction', text: '太晚了' }, later)).toMatchObject({ ok: false })
  })

  it('extends once with the approval recorded', async () => {
    const { doc } = await apply()
    const due = (await reload(doc.id)).answerDueDay!
    expect((await takeApplicationStep(payload, users.handler, doc.id, { kind: 'extend', days: 15, approvedBy: '王主任', reason: '需要调取历年档案' })).ok).toBe(true)
    const extended = await reload(doc.id)
    expect(extended.extension).toMatchObject({ days: 15, approvedBy: '王主任' })
    expect(extended.answerDueDay! > due).toBe(true)
    expect(await takeApplicationStep(payload, users.handler, doc.id, { kind: 'extend', days: 5, approvedBy: '王主任', reason: '再延' })).toMatchObject({ ok: false, message: expect.stringMatching(/只能延长一次/) })
    await takeApplicationStep(payload, users.handler, doc.id, { kind: 'answer', answer: { type: 'disclosed', provided: '档案摘录见附件' } })
    expect(await storedLetter(payload, doc.id)).toMatch(/因需要调取历年档案，经本机关政府信息公开工作机构负责人同意，答复期限延长15个工作日/)
  })
})
