import crypto from 'node:crypto'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { errorReportDueDay } from '@/features/site-errors/rules'
import { errorReportCounts, errorReportRows } from '@/features/site-errors/server/queues'
import { submitErrorReport } from '@/features/site-errors/server/submit-error-report'
import { takeErrorReportStep } from '@/features/site-errors/server/take-step'
import type { User } from '@/payload-types'
import { rest } from './helpers/api-client'
import { as, createStaff, loginToken } from './helpers/staff-accounts'

let payload: Payload
let editor: User
let reviewer: User
let admin: User

const report = (fields: Record<string, unknown>, token: string = crypto.randomUUID()) => submitErrorReport(payload, { fields, token, honeypot: '' })

async function answerEmailsTo(address: string) {
  const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendEmail' } }, pagination: false, overrideAccess: true })
  return jobs.docs.map((job) => job.input as { to: string; subject: string; text: string; kind?: string }).filter((input) => input.to === address && input.kind === 'site-error-answered')
}

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await createStaff(payload, 'editor@errors.test', ['editor'])
  reviewer = await createStaff(payload, 'reviewer@errors.test', ['reviewer'])
  admin = await createStaff(payload, 'admin@errors.test', ['admin'])
}, 240_000)

describe('网站找错 (error reports)', { timeout: 120_000 }, () => {
  it('gives a number and the answer day once the report is saved, and the same again for a repeated post', async () => {
    const token = crypto.randomUUID()
    const before = new Date()
    const receipt = await report({ pageUrl: '/policies/some-notice', description: '第三段“计划生育”写成了“计化生育”。', email: 'reader@example.test' }, token)
    expect(receipt).toMatchObject({ ok: true, reference: expect.stringMatching(/^ZC\d{8}-[2-9A-Z]{4}$/) })
    if (!receipt.ok) return
    expect(receipt.dueDay).toBe(errorReportDueDay(before))
    expect(await report({ pageUrl: '/policies/some-notice', description: '第三段有错字，再点一次' }, token)).toEqual(receipt)
    const saved = await payload.find({ collection: 'site-error-reports', where: { reference: { equals: receipt.reference } }, ...as(editor) })
    expect(saved.docs).toHaveLength(1)
    expect(saved.docs[0]).toMatchObject({ status: 'received', pageUrl: '/policies/some-notice', contactGiven: true })
    // The address is for the answer e-mail only, which the system sends: no one reads it through the API.
    expect(saved.docs[0].email).toBeUndefined()
    const byAdmin = await payload.findByID({ collection: 'site-error-reports', id: saved.docs[0].id, ...as(admin) })
    expect(byAdmin.email).toBeUndefined()
    expect((await rest('GET', `/site-error-reports/${saved.docs[0].id}`, { token: await loginToken('admin@errors.test') })).json.email).toBeUndefined()
  })

  it('refuses bad input in Chinese and saves nothing', async () => {
    const before = (await payload.count({ collection: 'site-error-reports' })).totalDocs
    const refused = await report({ pageUrl: 'javascript:alert(1)', description: '错', email: 'not-an-address' })
    expect(refused).toMatchObject({ ok: false, errors: { pageUrl: expect.stringContaining('网址'), description: expect.stringContaining('5 个字'), email: expect.stringContaining('邮箱') } })
    expect(await report({ pageUrl: '/', description: '首页的图片不显示' }, 'not-a-token')).toMatchObject({ ok: false, formError: expect.stringContaining('表单已过期') })
    expect((await payload.count({ collection: 'site-error-reports' })).totalDocs).toBe(before)
  })

  it('cannot be created around the form, through REST or as staff', async () => {
    const response = await rest('POST', '/site-error-reports', { body: { pageUrl: '/', description: '绕过表单提交的报告' } })
    expect(response.status).toBe(403)
    await expect(payload.create({ collection: 'site-error-reports', data: { pageUrl: '/', description: '工作人员自己建的报告' } as never, ...as(editor) })).rejects.toThrow()
  })

  it('is listed in the 待处理 queue with its count, visible to editors and not to reviewers or visitors', async () => {
    await report({ pageUrl: '/stations', description: '网点列表里有一个电话号码少了一位。' })
    const counts = await errorReportCounts(payload, editor)
    expect(counts.open).toBeGreaterThanOrEqual(2)
    expect(counts.overdue).toBe(0)
    const rows = await errorReportRows(payload, editor, 'open', 1)
    expect(rows.docs.map((row) => row.pageUrl)).toEqual(expect.arrayContaining(['/stations', '/policies/some-notice']))
    expect((await rest('GET', '/site-error-reports')).status).toBe(403)
    expect((await payload.find({ collection: 'site-error-reports', ...as(reviewer) }).catch((error) => error)).status).toBe(403)
  })

  it('is answered by the legal step only, e-mails the answer through the outbox, then changes no more', async () => {
    const receipt = await report({ pageUrl: '/health/contraception', description: '“紧急避孕”一段有错别字。', email: 'answer-me@example.test' })
    if (!receipt.ok) throw new Error('not saved')
    const { docs } = await payload.find({ collection: 'site-error-reports', where: { reference: { equals: receipt.reference } }, ...as(editor) })
    const id = docs[0].id
    expect(await takeErrorReportStep(payload, editor, id, 'answer', { answer: '已改正' })).toEqual({ ok: false, message: '请选择核实结果。', httpStatus: 400 })
    expect(await answerEmailsTo('answer-me@example.test')).toHaveLength(0)
    expect(await takeErrorReportStep(payload, editor, id, 'answer', { outcome: 'corrected', answer: '感谢指正，错别字已改正。' })).toEqual({ ok: true, message: `报告 ${receipt.reference}：已答复并办结` })
    const answered = await payload.findByID({ collection: 'site-error-reports', id, ...as(editor) })
    expect(answered).toMatchObject({ status: 'answered', outcome: 'corrected', answer: '感谢指正，错别字已改正。' })
    expect(answered.answeredAt).toBeTruthy()
    expect(typeof answered.answeredBy === 'object' ? answered.answeredBy?.id : answered.answeredBy).toBe(editor.id)
    const emails = await answerEmailsTo('answer-me@example.test')
    expect(emails).toHaveLength(1)
    expect(emails[0].subject).toContain(receipt.reference)
    expect(emails[0].text).toContain('感谢指正，错别字已改正。')
    expect(emails[0].text).not.toContain('紧急避孕')
    expect(await takeErrorReportStep(payload, editor, id, 'dismiss', { dismissReason: '重复' })).toMatchObject({ ok: false, message: '这份报告已经办结，不能再办理。' })
    // Around the desk (the REST API), a settled report or what the resident sent cannot be changed either.
    const token = await loginToken('editor@errors.test')
    const patched = await rest('PATCH', `/site-error-reports/${id}`, { token, body: { answer: '改过的答复', description: '改过的说明' } })
    expect(patched.status).toBe(400)
    const after = await payload.findByID({ collection: 'site-error-reports', id, ...as(editor) })
    expect(after).toMatchObject({ answer: '感谢指正，错别字已改正。', description: '“紧急避孕”一段有错别字。' })
  })

  it('is dismissed with a reason, and a report without an address gets no e-mail', async () => {
    const receipt = await report({ pageUrl: '/', description: '广告广告广告广告' })
    if (!receipt.ok) throw new Error('not saved')
    const { docs } = await payload.find({ collection: 'site-error-reports', where: { reference: { equals: receipt.reference } }, ...as(editor) })
    expect(await takeErrorReportStep(payload, editor, docs[0].id, 'dismiss', {})).toMatchObject({ ok: false, message: '请写明不予处理的理由。' })
    expect(await takeErrorReportStep(payload, editor, docs[0].id, 'dismiss', { dismissReason: '广告信息，与网站无关。' })).toMatchObject({ ok: true })
    const counts = await errorReportCounts(payload, editor)
    expect(counts.dismissed).toBe(1)
    expect(counts.answered).toBe(1)
  })

  it('shows as overdue after 3 working days', async () => {
    const counts = await errorReportCounts(payload, editor, new Date(Date.now() + 10 * 86_400_000))
    expect(counts.overdue).toBe(counts.open)
    expect(counts.open).toBeGreaterThan(0)
  })
})
