import fs from 'node:fs'
import path from 'node:path'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEFAULT_RETENTION_MONTHS } from '@/features/feedback/rules/retention'
import { ANONYMISED_TEXT } from '@/platform/retention/rules/retention-period'
import { ANONYMISE_FEEDBACK_TASK } from '@/features/feedback/jobs/anonymiseExpiredFeedback'
import { ANONYMISE_ACTION } from '@/features/feedback/server/feedback-retention'
import { openDataFigures } from '@/features/open-data/server'
import { trackFeedback } from '@/features/feedback/server/track-feedback'
import type { Department, Feedback, User } from '@/payload-types'
import { minimalPdf } from '../fixtures/minimal-pdf'
import { RESIDENT_COMPLAINT, submitResidentMessage } from './helpers/resident-message'
import { createStaff } from './helpers/staff-accounts'

let payload: Payload
let handler: User
let department: Department
type Submitted = { id: number | string; trackingCode: string; accessKey: string; attachmentFiles: string[] }
let oldClosed: Submitted
let oldOpen: Submitted
let recentClosed: Submitted
const NOW = '2026-11-29T00:00:00.000Z'

async function submit(withAttachment: boolean): Promise<Submitted> {
  const fields = {
    ...RESIDENT_COMPLAINT,
    subject: '王小红反映服务站不开门',
    message: '我叫王小红，身份证 510104199001011234，电话 13812345678，邮箱 wang@example.test。',
    name: '王小红',
    phone: '13812345678',
    email: 'wang@example.test',
    publishConsent: 'no',
  }
  const files = withAttachment ? [{ name: '照片说明.pdf', data: minimalPdf() }] : []
  const result = await submitResidentMessage(payload, fields, { files })
  const doc = (await payload.find({ collection: 'feedback', where: { trackingCode: { equals: result.trackingCode } }, depth: 1, overrideAccess: true })).docs[0] as Feedback
  const attachmentFiles = (doc.attachments ?? []).map((a) => (typeof a === 'object' ? a.filename! : ''))
  return { id: doc.id, trackingCode: result.trackingCode, accessKey: result.accessKey, attachmentFiles }
}

const asHandler = (id: number | string, data: Record<string, unknown>) =>
  payload.update({ collection: 'feedback', id, data, overrideAccess: false, user: handler, depth: 0 })

async function handle(message: Submitted, until: 'replied' | 'closed') {
  await asHandler(message.id, { status: 'accepted' })
  await asHandler(message.id, { status: 'assigned', department: department.id, assignedTo: handler.id })
  await asHandler(message.id, { status: 'replied', reply: '王小红您好，已责成社区公示开放时间。' })
  if (until === 'closed') await asHandler(message.id, { status: 'closed' })
}

const load = (id: number | string) => payload.findByID({ collection: 'feedback', id, depth: 0, overrideAccess: true, showHiddenFields: true }) as Promise<Feedback>
const attachmentPath = (name: string) => path.join(process.env.UPLOADS_DIR!, 'feedback', name)

async function runRetention(now: string) {
  await payload.jobs.queue({ task: ANONYMISE_FEEDBACK_TASK, input: { now } })
  await payload.jobs.run({ limit: 10 })
}

beforeAll(async () => {
  payload = await getPayload({ config })
  handler = await createStaff(payload, 'handler-ret@example.test', ['handler'], '办理员')
  department = (await payload.create({ collection: 'departments', data: { name: '群众工作科', email: 'qunzhong@example.test' } })) as Department
  // A controllable clock: the messages are received and handled in the past.
  vi.setSystemTime(new Date('2021-03-10T02:00:00Z'))
  oldClosed = await submit(true)
  await handle(oldClosed, 'closed')
  oldOpen = await submit(true)
  await handle(oldOpen, 'replied')
  vi.setSystemTime(new Date('2024-01-15T02:00:00Z'))
  recentClosed = await submit(true)
  await handle(recentClosed, 'closed')
  vi.useRealTimers()
}, 120_000)

afterAll(() => vi.useRealTimers())

describe('retention of residents’ personal data', () => {
  it('anonymises messages closed longer than the period, with an audit entry, and keeps the figures', async () => {
    expect((await payload.findGlobal({ slug: 'feedback-settings', overrideAccess: true })).retentionMonths).toBe(DEFAULT_RETENTION_MONTHS)
    const figuresBefore = await openDataFigures(payload, { now: new Date(NOW), months: 72 })
    for (const name of oldClosed.attachmentFiles) expect(fs.existsSync(attachmentPath(name))).toBe(true)

    await runRetention(NOW)

    const doc = await load(oldClosed.id)
    expect(doc.anonymisedAt).toBe(NOW)
    expect(doc.contact).toEqual({ name: null, phone: null, email: null })
    expect(doc.contactMasked).toEqual({ name: null, phone: null, email: null })
    expect(doc.subject).toBe(ANONYMISED_TEXT)
    expect(doc.message).toBe(ANONYMISED_TEXT)
    expect(doc.reply).toBe(ANONYMISED_TEXT)
    expect(doc.attachments ?? []).toEqual([])
    // Nothing anywhere in the message still names the resident.
    const stored = JSON.stringify(doc)
    for (const secret of ['王小红', '13812345678', 'wang@example.test', '510104199001011234']) expect(stored).not.toContain(secret)
    // What the statistics need stays.
    expect(doc.status).toBe('closed')
    expect(doc.kind).toBe('complaint')
    expect(doc.receivedMonth).toBe('2021-03')
    expect(doc.firstRepliedAt).toBeTruthy()

    // Attachment rows and files are gone.
    expect(oldClosed.attachmentFiles).toHaveLength(1)
    const rows = await payload.find({ collection: 'feedback-attachments', where: { filename: { in: oldClosed.attachmentFiles } }, overrideAccess: true })
    expect(rows.totalDocs).toBe(0)
    for (const name of oldClosed.attachmentFiles) expect(fs.existsSync(attachmentPath(name))).toBe(false)

    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: ANONYMISE_ACTION }, targetId: { equals: String(oldClosed.id) } }, overrideAccess: true })
    expect(audit.totalDocs).toBe(1)
    expect(audit.docs[0].summary).toContain(oldClosed.trackingCode)
    expect(audit.docs[0].summary).not.toContain('王小红')

    expect(await openDataFigures(payload, { now: new Date(NOW), months: 72 })).toEqual(figuresBefore)
  })

  it('leaves messages still being handled and those closed within the period alone', async () => {
    for (const message of [oldOpen, recentClosed]) {
      const doc = await load(message.id)
      expect(doc.anonymisedAt ?? null).toBeNull()
      expect(doc.contact?.name).toBe('王小红')
      for (const name of message.attachmentFiles) expect(fs.existsSync(attachmentPath(name))).toBe(true)
    }
  })

  it('still answers the tracking code, with the notice instead of the content', async () => {
    const tracked = await trackFeedback(payload, oldClosed.trackingCode, oldClosed.accessKey)
    expect(tracked.ok).toBe(true)
    if (!tracked.ok) return
    expect(tracked.message.anonymisedAt).toBe(NOW)
    const { trackFeedbackAction } = await import('@/features/feedback/server/track-actions')
    const form = new FormData()
    form.set('script', 'hans')
    form.set('code', oldClosed.trackingCode)
    form.set('key', oldClosed.accessKey)
    const state = await trackFeedbackAction({ status: 'idle' }, form)
    expect(state.status).toBe('found')
    if (state.status !== 'found') return
    expect(state.message.outcome).toContain('已按规定匿名化')
    expect(state.message.reply).toBeUndefined()
    expect(state.message.canRate).toBe(false)
    expect(state.message.status).toBe('已办结')
  })

  it('does nothing twice, and follows a shorter period once an administrator sets one', async () => {
    const auditCount = async () => (await payload.count({ collection: 'audit-log', where: { action: { equals: ANONYMISE_ACTION } }, overrideAccess: true })).totalDocs
    await runRetention(NOW)
    expect(await auditCount()).toBe(1)
    expect((await load(recentClosed.id)).anonymisedAt ?? null).toBeNull()

    await payload.updateGlobal({ slug: 'feedback-settings', data: { retentionMonths: 12 }, overrideAccess: true })
    await runRetention(NOW)
    expect(await auditCount()).toBe(2)
    expect((await load(recentClosed.id)).anonymisedAt).toBe(NOW)
    for (const name of recentClosed.attachmentFiles) expect(fs.existsSync(attachmentPath(name))).toBe(false)
    expect((await load(oldOpen.id)).anonymisedAt ?? null).toBeNull()
  })

  it('the daily job deletes attachment files no message refers to, once they are an hour old, and no other file', async () => {
    const stray = (name: string, minutesBeforeNow: number) => {
      fs.writeFileSync(attachmentPath(name), 'left by a server killed between writing the file and committing its row')
      const at = new Date(Date.parse(NOW) - minutesBeforeNow * 60_000)
      fs.utimesSync(attachmentPath(name), at, at)
    }
    stray('orphan-old.pdf', 120)
    stray('orphan-in-progress.pdf', 10)
    await runRetention(NOW)
    expect(fs.existsSync(attachmentPath('orphan-old.pdf'))).toBe(false)
    // A submission may still be committing the rows of a file this young.
    expect(fs.existsSync(attachmentPath('orphan-in-progress.pdf'))).toBe(true)
    for (const name of oldOpen.attachmentFiles) expect(fs.existsSync(attachmentPath(name))).toBe(true)
  })
})
