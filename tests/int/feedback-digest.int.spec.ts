import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { endOfShanghaiDay } from '@/features/feedback/rules/handling'
import type { Department, Feedback, User } from '@/payload-types'
import { MailCatcher, subjectOf } from './helpers/mail-catcher'

/**
 * The daily digest (每日留言待办汇总) on a known set with the clock at 08:00 Beijing on the last
 * working day before National Day 2026: who gets one (opt-in), what it lists, that it carries no
 * resident's text, that it goes once a day, and that it reaches a real SMTP server on loopback.
 */
const catcher = new MailCatcher()
let payload: Payload
// Imported once SMTP_URL is set (beforeAll): these reach the config, whose e-mail adapter reads it then.
let sendDailyDigests: typeof import('@/features/feedback/server/workbench/digest-emails').sendDailyDigests
let resident: typeof import('./helpers/resident-message')
let handler: User
let quiet: User
let optedOut: User
let jiceng: Department
let jiankang: Department
const ids: Record<string, string> = {}
const codes: Record<string, string> = {}

const morning = new Date('2026-09-30T08:00:00+08:00')
const SECRET_WORDS = '我的邻居李秀英天天吵架'

type EmailJob = { input: { to: string; subject: string; html: string; text: string; kind?: string } }
const digestJobs = async () =>
  ((await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendEmail' } }, pagination: false, overrideAccess: true })).docs as unknown as EmailJob[])
    .map((job) => job.input)
    .filter((input) => input.kind?.startsWith('feedback-digest'))

// Not helpers/staff-accounts: it imports the config at once, before SMTP_URL is set.
const createStaff = (email: string, name: string) =>
  payload.create({ collection: 'users', data: { email, password: 'Correct-Horse-42', name, roles: ['handler'] } }) as Promise<User>

async function place(name: string, fields: Record<string, unknown>) {
  const { trackingCode } = await resident.submitResidentMessage(payload, { ...resident.RESIDENT_COMPLAINT, subject: `${name}：${SECRET_WORDS}`, message: `${SECRET_WORDS}，电话 13912345678。` })
  const doc = (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: trackingCode } }, overrideAccess: true, depth: 0 })).docs[0] as Feedback
  await payload.db.updateOne({ collection: 'feedback', id: doc.id, data: fields })
  ids[name] = String(doc.id)
  codes[name] = trackingCode
}

beforeAll(async () => {
  // The SMTP server must listen before the config is imported: the e-mail adapter reads SMTP_URL then.
  await catcher.start()
  process.env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`
  process.env.JOBS_AUTORUN = '0'
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  ;({ sendDailyDigests } = await import('@/features/feedback/server/workbench/digest-emails'))
  resident = await import('./helpers/resident-message')
  jiceng = (await payload.create({ collection: 'departments', data: { name: '基层指导科', email: 'jiceng@digest.test', feedbackDigest: true }, overrideAccess: true })) as Department
  jiankang = (await payload.create({ collection: 'departments', data: { name: '妇幼健康科', email: 'fuyou@digest.test' }, overrideAccess: true })) as Department
  handler = await createStaff('handler@digest.test', '张办理')
  quiet = await createStaff('quiet@digest.test', '刘清闲')
  optedOut = await createStaff('optout@digest.test', '李不订')
  for (const [user, optIn] of [[handler, true], [quiet, true], [optedOut, false]] as const) {
    await payload.update({ collection: 'users', id: user.id, data: { department: jiceng.id, feedbackDigest: optIn }, overrideAccess: true })
  }
  const at = (day: string) => endOfShanghaiDay(day).toISOString()
  await place('late', { status: 'assigned', assignedTo: handler.id, department: jiceng.id, dueAt: at('2026-09-29'), createdAt: '2026-09-15T02:00:00Z' })
  await place('dueAfterHoliday', { status: 'assigned', assignedTo: handler.id, department: jiceng.id, dueAt: at('2026-10-08'), createdAt: '2026-09-20T02:00:00Z' })
  await place('fresh', { status: 'assigned', assignedTo: handler.id, department: jiceng.id, dueAt: at('2026-10-20'), createdAt: '2026-09-29T06:00:00Z' })
  await place('quietlyWaiting', { status: 'assigned', assignedTo: handler.id, department: jiceng.id, dueAt: at('2026-10-20'), createdAt: '2026-09-20T02:00:00Z' })
  await place('colleagues', { status: 'assigned', assignedTo: optedOut.id, department: jiceng.id, dueAt: at('2026-09-28'), createdAt: '2026-09-14T02:00:00Z' })
  await place('answered', { status: 'replied', assignedTo: handler.id, department: jiceng.id, dueAt: null, createdAt: '2026-09-29T06:00:00Z' })
  await place('elsewhere', { status: 'assigned', department: jiankang.id, dueAt: at('2026-09-28'), createdAt: '2026-09-29T06:00:00Z' })
}, 400_000)

afterAll(async () => {
  await catcher.stop()
})

describe('daily digest e-mails', () => {
  it('goes to the handlers and departments that opted in, with something to report', async () => {
    expect(await sendDailyDigests(payload, morning)).toEqual({ handlers: 1, departments: 1, empty: 1 })
    const jobs = await digestJobs()
    expect(jobs.map((j) => [j.to, j.kind]).sort()).toEqual([
      ['handler@digest.test', 'feedback-digest-handler'],
      ['jiceng@digest.test', 'feedback-digest-department'],
    ])
  })

  it("lists the handler's own messages by section, with codes, dates, working days left and desk links", async () => {
    const mail = (await digestJobs()).find((j) => j.to === 'handler@digest.test')!
    expect(mail.subject).toMatch(/^【.+】每日留言待办汇总 2026-09-30：已超期 1，即将超期 1，新收到 1$/)
    expect(mail.text).toContain('已超期 1 条，即将超期 1 条，新收到 1 条')
    expect(mail.text).toContain(`${codes.late}：投诉；2026-09-15 收到；时限 2026-09-29，超期 1 个工作日`)
    expect(mail.text).toContain(`${codes.dueAfterHoliday}：投诉；2026-09-20 收到；时限 2026-10-08，剩 1 个工作日`)
    expect(mail.text).toContain(codes.fresh)
    expect(mail.text).toContain(`/admin/collections/feedback/${ids.late}/desk`)
    expect(mail.text).toContain('/admin/feedback-workbench')
    for (const absent of ['quietlyWaiting', 'colleagues', 'answered', 'elsewhere']) expect(mail.text).not.toContain(codes[absent])
  })

  it("lists the department's messages whoever handles them, and never a resident's words", async () => {
    const jobs = await digestJobs()
    const mail = jobs.find((j) => j.to === 'jiceng@digest.test')!
    expect(mail.text).toContain('交办给基层指导科的留言中：已超期 2 条')
    expect(mail.text).toContain(codes.colleagues)
    expect(mail.text).not.toContain(codes.elsewhere)
    for (const job of jobs) {
      for (const part of [job.subject, job.text, job.html]) {
        expect(part).not.toContain(SECRET_WORDS)
        expect(part).not.toContain('13912345678')
        expect(part).not.toContain('王小明')
        expect(part).not.toContain('resident@example.test')
      }
    }
  })

  it('goes once a day: a second run the same morning sends nothing, the next working day again', async () => {
    expect(await sendDailyDigests(payload, new Date('2026-09-30T15:00:00+08:00'))).toEqual({ handlers: 0, departments: 0, empty: 0 })
    expect(await digestJobs()).toHaveLength(2)
    // National Day: no digest until 10-08.
    expect(await sendDailyDigests(payload, new Date('2026-10-02T08:00:00+08:00'))).toEqual({ handlers: 0, departments: 0, empty: 0 })
    expect(await sendDailyDigests(payload, new Date('2026-10-08T08:00:00+08:00'))).toEqual({ handlers: 1, departments: 1, empty: 1 })
  })

  it('reaches a real SMTP server on loopback through the outbox', async () => {
    await payload.jobs.run({ limit: 50 })
    const delivered = catcher.to('handler@digest.test')
    expect(delivered.length).toBe(2)
    // The outbox sends a batch in parallel: the order of arrival is not the order of queueing.
    const days = delivered.map((mail) => /每日留言待办汇总 (\d{4}-\d{2}-\d{2})/.exec(subjectOf(mail.raw))?.[1]).sort()
    expect(days).toEqual(['2026-09-30', '2026-10-08'])
    // 09-30 and 10-08, as the handler's.
    expect(catcher.to('jiceng@digest.test')).toHaveLength(2)
    expect(catcher.to('optout@digest.test')).toHaveLength(0)
    expect(catcher.to('quiet@digest.test')).toHaveLength(0)
  })

  it('the opt-in is the account holder’s own setting', async () => {
    const fields = payload.collections.users.config.fields.map((f) => ('name' in f ? f.name : ''))
    expect(fields).toContain('feedbackDigest')
    const self = await payload.update({ collection: 'users', id: optedOut.id, data: { feedbackDigest: true }, overrideAccess: false, user: { ...optedOut, collection: 'users' } })
    expect(self.feedbackDigest).toBe(true)
  })
})
