import crypto from 'node:crypto'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { addWorkingDays, shanghaiDay } from '@/features/feedback/rules/handling'
import { deadlineLists } from '@/features/feedback/server/feedback-deadlines'
import { rateReply, reopenMessage } from '@/features/feedback/server/feedback-follow-up'
import type { Department, Feedback, User } from '@/payload-types'
import { graphql, rest } from './helpers/api-client'
import { SELF_NAMING_COMPLAINT, submitResidentMessage } from './helpers/resident-message'
import { staffPerRole } from './helpers/staff-accounts'

let payload: Payload
let users: Record<string, User>
let tokens: Record<string, string>
let department: Department

async function submit(fields: Record<string, unknown> = {}) {
  const result = await submitResidentMessage(payload, { ...SELF_NAMING_COMPLAINT, ...fields })
  const found = await payload.find({ collection: 'feedback', where: { trackingCode: { equals: result.trackingCode } }, overrideAccess: true })
  if (!found.docs[0]) throw new Error(`not stored: ${JSON.stringify(result)} total=${(await payload.count({ collection: "feedback", overrideAccess: true })).totalDocs} users=${(await payload.count({ collection: "users", overrideAccess: true })).totalDocs} audit=${(await payload.count({ collection: "audit-log", overrideAccess: true })).totalDocs} db=${process.env.DATABASE_URI}`)
  return { ...result, doc: found.docs[0] as Feedback }
}

const asHandler = (id: number | string, data: Record<string, unknown>) =>
  payload.update({ collection: 'feedback', id, data, overrideAccess: false, user: users.handler, depth: 0 })

const reload = (id: number | string) => payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 0 }) as Promise<Feedback>

async function replied(fields: Record<string, unknown> = {}) {
  const message = await submit(fields)
  await asHandler(message.doc.id, { status: 'accepted' })
  await asHandler(message.doc.id, { status: 'assigned', department: department.id, assignedTo: users.handler.id })
  await asHandler(message.doc.id, { status: 'replied', reply: '您好，已责成该社区在门口公示开放时间，并安排专人接听电话。' })
  return message
}

beforeAll(async () => {
  payload = await getPayload({ config })
  const staff = await staffPerRole(payload, ['admin', 'editor', 'reviewer', 'handler'])
  users = staff.users
  tokens = staff.tokens
  department = (await payload.create({ collection: 'departments', data: { name: '基层指导科', email: 'jiceng@example.test' }, overrideAccess: true })) as Department
})

describe('deadlines', () => {
  it('sets acceptance and reply deadlines in working days from the limits in force', async () => {
    const { doc } = await submit()
    const day = shanghaiDay(new Date(doc.createdAt))
    expect(doc.receivedMonth).toBe(day.slice(0, 7))
    expect(doc.limitDays).toBe(7)
    expect(shanghaiDay(new Date(doc.acceptanceDueAt!))).toBe(addWorkingDays(day, 2))
    expect(shanghaiDay(new Date(doc.replyDueAt!))).toBe(addWorkingDays(day, 7))
    expect(doc.dueAt).toBe(doc.acceptanceDueAt)

    await payload.updateGlobal({ slug: 'feedback-settings', data: { complaint: 3 }, overrideAccess: true })
    const later = await submit()
    expect(later.doc.limitDays).toBe(3)
    expect(shanghaiDay(new Date(later.doc.replyDueAt!))).toBe(addWorkingDays(day, 3))
    await payload.updateGlobal({ slug: 'feedback-settings', data: { complaint: 7 }, overrideAccess: true })
  })

  it('lists overdue and due-soon messages for handlers, most urgent first', async () => {
    const { doc } = await submit({ kind: 'consultation' })
    const dueAt = new Date(doc.dueAt!)
    const dayBefore = new Date(dueAt.getTime() - 6 * 3600_000)
    const soon = await deadlineLists(payload, users.handler, dayBefore, 1)
    expect(soon.dueSoon.docs.map((d) => d.id)).toContain(doc.id)
    expect(soon.overdue.docs.map((d) => d.id)).not.toContain(doc.id)
    const late = await deadlineLists(payload, users.handler, new Date(dueAt.getTime() + 3600_000), 1)
    expect(late.overdue.docs.map((d) => d.id)).toContain(doc.id)
    await expect(deadlineLists(payload, users.editor, dayBefore, 1)).rejects.toThrow()
    // Accepting moves it to the reply deadline, which is later.
    await asHandler(doc.id, { status: 'accepted' })
    const accepted = await reload(doc.id)
    expect(accepted.dueAt).toBe(accepted.replyDueAt)
    const after = await deadlineLists(payload, users.handler, new Date(dueAt.getTime() + 3600_000), 1)
    expect(after.overdue.docs.map((d) => d.id)).not.toContain(doc.id)
  })
})

describe('the state machine on every path', () => {
  it('takes a message from receipt to closing, with timeline, reply department and figures', async () => {
    const { doc } = await replied()
    let stored = await reload(doc.id)
    expect(stored.status).toBe('replied')
    expect(stored.replyDepartment).toBe('基层指导科')
    expect(stored.repliedAt).toBeTruthy()
    expect(stored.firstRepliedAt).toBe(stored.repliedAt)
    expect(stored.repliedOnTime).toBe(true)
    expect(stored.workingDaysToReply).toBeGreaterThanOrEqual(0)
    expect(stored.dueAt ?? null).toBeNull()
    expect(stored.timeline?.map((step) => step.status)).toEqual(['received', 'accepted', 'assigned', 'replied'])
    await asHandler(doc.id, { status: 'closed' })
    stored = await reload(doc.id)
    expect(stored.status).toBe('closed')
    await expect(asHandler(doc.id, { status: 'assigned' })).rejects.toThrow(/已办结/)
  })

  it('refuses skipped steps and missing reasons with a message, and changes nothing', async () => {
    const { doc } = await submit()
    await expect(asHandler(doc.id, { status: 'replied', reply: '直接答复' })).rejects.toThrow('留言尚未受理和交办，不能直接答复')
    await expect(asHandler(doc.id, { status: 'assigned', department: department.id })).rejects.toThrow('请先受理留言，再交办')
    await expect(asHandler(doc.id, { status: 'declined' })).rejects.toThrow('请填写不予受理的理由')
    await expect(asHandler(doc.id, { status: 'transferred', transferredTo: '市卫健委' })).rejects.toThrow('请填写转办理由')
    await expect(asHandler(doc.id, { extensionDays: 3, extensionReason: '需调查' })).rejects.toThrow('留言尚未受理，不能延期')
    const unchanged = await reload(doc.id)
    expect(unchanged.status).toBe('received')
    expect(unchanged.reply ?? null).toBeNull()
    expect(unchanged.timeline).toHaveLength(1)
  })

  it('refuses the same over REST, with the message in Chinese and a 400', async () => {
    const { doc } = await submit()
    const response = await rest('PATCH', `/feedback/${doc.id}`, { token: tokens.handler, body: { status: 'closed' } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('不能')
    expect((await reload(doc.id)).status).toBe('received')
    const editor = await rest('PATCH', `/feedback/${doc.id}`, { token: tokens.editor, body: { status: 'accepted' } })
    expect(editor.status).toBe(403)
    const ok = await rest('PATCH', `/feedback/${doc.id}`, { token: tokens.handler, body: { status: 'declined', declineReason: '不属于本单位职责范围' } })
    expect(ok.status).toBe(200)
    expect((await reload(doc.id)).status).toBe('declined')
  })

  it('assigning a handler while accepted moves the message to 办理中', async () => {
    const { doc } = await submit()
    await asHandler(doc.id, { status: 'accepted' })
    await asHandler(doc.id, { assignedTo: users.handler.id })
    expect((await reload(doc.id)).status).toBe('assigned')
  })

  it('extends once, with a reason, within the 15 working-day ceiling', async () => {
    const { doc } = await submit()
    await asHandler(doc.id, { status: 'accepted' })
    await expect(asHandler(doc.id, { extensionDays: 9, extensionReason: '需实地调查' })).rejects.toThrow('最多还能延期 8 个工作日')
    await expect(asHandler(doc.id, { extensionDays: 5 })).rejects.toThrow('请填写延期理由')
    const before = await reload(doc.id)
    await asHandler(doc.id, { extensionDays: 5, extensionReason: '需实地调查' })
    const after = await reload(doc.id)
    expect(after.extended).toBe(true)
    expect(after.limitDays).toBe(12)
    const received = shanghaiDay(new Date(doc.createdAt))
    expect(shanghaiDay(new Date(after.replyDueAt!))).toBe(addWorkingDays(received, 12))
    expect(new Date(after.replyDueAt!).getTime()).toBeGreaterThan(new Date(before.replyDueAt!).getTime())
    await expect(asHandler(doc.id, { extensionDays: 2, extensionReason: '再延' })).rejects.toThrow('已延期过一次')
  })

  it('keeps internal notes append-only with author and time, and away from residents', async () => {
    const message = await submit()
    await asHandler(message.doc.id, { internalNotes: [{ note: '已电话联系社区核实' }] })
    let stored = await reload(message.doc.id)
    expect(stored.internalNotes?.[0]).toMatchObject({ note: '已电话联系社区核实', author: 'handler@example.test' })
    await asHandler(message.doc.id, { internalNotes: [{ id: stored.internalNotes![0].id, note: '改写' }, { note: '第二条' }] })
    stored = await reload(message.doc.id)
    expect(stored.internalNotes?.map((n) => n.note)).toEqual(['已电话联系社区核实', '第二条'])
    const asResident = await payload.find({
      collection: 'feedback',
      where: { trackingCode: { equals: message.trackingCode } },
      overrideAccess: false,
      user: null,
      context: { trackingLookup: { code: message.trackingCode, keyHash: crypto.createHash('sha256').update(message.accessKey.replace(/-/g, '')).digest('hex') } },
    })
    for (const doc of asResident.docs) expect(JSON.stringify(doc)).not.toContain('已电话联系社区核实')
  })
})

describe("the resident's side", () => {
  it('rates a reply once, reopens once when not satisfied, and cannot do more', async () => {
    const message = await submit()
    expect(await rateReply(payload, message.trackingCode, message.accessKey, 'satisfied', '')).toEqual({ ok: false, message: '留言答复后才能评价' })
    await asHandler(message.doc.id, { status: 'accepted' })
    await asHandler(message.doc.id, { status: 'assigned', department: department.id })
    await asHandler(message.doc.id, { status: 'replied', reply: '已处理。' })
    expect((await reopenMessage(payload, message.trackingCode, message.accessKey)).ok).toBe(false)
    expect(await rateReply(payload, message.trackingCode, 'wrong-key-wrong-key-wrong', 'unsatisfied', '')).toMatchObject({ ok: false })
    const first = await rateReply(payload, message.trackingCode, message.accessKey, 'unsatisfied', '没有解决问题'); expect(first).toEqual({ ok: true, notice: expect.any(String) })
    expect((await rateReply(payload, message.trackingCode, message.accessKey, 'satisfied', '')).ok).toBe(false)
    expect((await reopenMessage(payload, message.trackingCode, message.accessKey)).ok).toBe(true)
    let stored = await reload(message.doc.id)
    expect(stored).toMatchObject({ status: 'assigned', reopenCount: 1, rating: 'unsatisfied', ratingComment: '没有解决问题' })
    expect(new Date(stored.dueAt!).getTime()).toBeGreaterThan(Date.now())
    await asHandler(message.doc.id, { status: 'replied', reply: '已再次核实并整改。' })
    expect((await rateReply(payload, message.trackingCode, message.accessKey, 'unsatisfied', '')).ok).toBe(true)
    expect(await reopenMessage(payload, message.trackingCode, message.accessKey)).toMatchObject({ ok: false, message: expect.stringContaining('重新办理过一次') })
    stored = await reload(message.doc.id)
    expect(stored.status).toBe('replied')
  })

  it('cannot change anything else through the follow-up path, and staff cannot rate', async () => {
    const message = await replied()
    await payload.update({
      collection: 'feedback',
      id: message.doc.id,
      data: { rating: 'satisfied', reply: '篡改的答复', status: 'closed' },
      overrideAccess: false,
      user: null,
      context: { residentFollowUp: { code: message.trackingCode, keyHash: 'not-the-hash' } },
    }).catch(() => null)
    const stored = await reload(message.doc.id)
    expect(stored.reply).not.toBe('篡改的答复')
    expect(stored.status).toBe('replied')
    await asHandler(message.doc.id, { rating: 'satisfied' })
    expect((await reload(message.doc.id)).rating ?? null).toBeNull()
  })
})

describe('audit log', () => {
  it('records every step, and nobody can change or remove an entry', async () => {
    const message = await replied()
    await asHandler(message.doc.id, { extensionDays: 1, extensionReason: 'x' }).catch(() => null)
    const entries = await payload.find({ collection: 'audit-log', where: { targetId: { equals: String(message.doc.id) } }, overrideAccess: true, limit: 50, sort: 'createdAt' })
    const actions = entries.docs.map((entry) => entry.action)
    expect(actions).toEqual(expect.arrayContaining(['feedback.create', 'feedback.status', 'feedback.assign', 'feedback.reply']))
    expect(entries.docs.find((e) => e.action === 'feedback.assign')?.actorEmail).toBe('handler@example.test')
    const entry = entries.docs[0]
    for (const role of ['admin', 'handler', 'editor', 'reviewer']) {
      expect((await rest('PATCH', `/audit-log/${entry.id}`, { token: tokens[role], body: { summary: '篡改' } })).status).toBe(403)
    }
    await expect(payload.update({ collection: 'audit-log', id: entry.id, data: { summary: '篡改' }, overrideAccess: true })).rejects.toThrow()
    await expect(payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true })).rejects.toThrow()
  })
})

describe('deadline reminders', () => {
  it('e-mails the assigned handler once when due soon and once when overdue, never the resident’s data', async () => {
    const { sendDeadlineReminders } = await import('@/features/feedback/server/deadline-reminders')
    const message = await submit({ kind: 'suggestion' })
    await asHandler(message.doc.id, { status: 'accepted' })
    await asHandler(message.doc.id, { assignedTo: users.handler.id, department: department.id })
    const stored = await reload(message.doc.id)
    const dueAt = new Date(stored.dueAt!)
    const queued = async () =>
      (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendEmail' } }, overrideAccess: true, limit: 500 })).docs
        .map((job) => job.input as { to: string; subject: string; text: string })
        .filter((input) => input.subject.includes(stored.trackingCode))

    const soon = new Date(dueAt.getTime() - 3 * 3600_000)
    await sendDeadlineReminders(payload, soon)
    await sendDeadlineReminders(payload, soon)
    let emails = await queued()
    expect(emails.map((e) => e.subject).filter((s) => s.includes('即将到期'))).toHaveLength(1)
    expect(emails[0].to).toBe('handler@example.test')

    const late = new Date(dueAt.getTime() + 24 * 3600_000)
    await sendDeadlineReminders(payload, late)
    await sendDeadlineReminders(payload, late)
    emails = await queued()
    expect(emails.map((e) => e.subject).filter((s) => s.includes('已超期'))).toHaveLength(1)
    for (const email of emails) {
      for (const secret of ['李秀英', '13912345678', 'li@example.test', '领取避孕药具']) expect(email.text).not.toContain(secret)
    }
  })
})
