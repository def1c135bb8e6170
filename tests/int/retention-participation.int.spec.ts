import crypto from 'node:crypto'
import config from '@payload-config'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ANONYMISE_COMMENTS_TASK } from '@/features/consultations/jobs/anonymiseCommentContacts'
import { anonymiseCommentContacts, COMMENT_ANONYMISE_ACTION } from '@/features/consultations/server/comment-retention'
import { commentCounts } from '@/features/consultations/server/comment-counts'
import { submitComment } from '@/features/consultations/server/submit-comment'
import { ANONYMISE_APPLICATIONS_TASK } from '@/features/disclosure/jobs/anonymiseExpiredApplications'
import { APPLICATION_ANONYMISED_NOTICE } from '@/features/disclosure/rules'
import { APPLICATION_ANONYMISE_ACTION, anonymiseExpiredApplications } from '@/features/disclosure/server/application-retention'
import { submitApplication } from '@/features/disclosure/server/submit-application'
import { takeApplicationStep } from '@/features/disclosure/server/take-step'
import { findOwnApplication, storedLetter } from '@/features/disclosure/server/track-application'
import { takeCopyAction } from '@/features/moderation/server/copy-actions'
import { ANONYMISE_ERROR_REPORTS_TASK } from '@/features/site-errors/jobs/anonymiseErrorReportContacts'
import { anonymiseErrorReportContacts, ERROR_REPORT_ANONYMISE_ACTION } from '@/features/site-errors/server/contact-retention'
import { submitErrorReport } from '@/features/site-errors/server/submit-error-report'
import { takeErrorReportStep } from '@/features/site-errors/server/take-step'
import type { User } from '@/payload-types'
import { richText } from './helpers/policy-notice'
import { INFORMATION_REQUEST } from './helpers/information-request'
import { createStaff } from './helpers/staff-accounts'

/**
 * The retention of personal data in consultation comments, information requests and error
 * reports, on a controllable clock: records are made and closed in 2024 and 2026, then each
 * daily job runs "on" 2026-11-29 with the default periods (comments 6 months after closing,
 * applications 24 months, error reports 3 months). Past the period the personal data goes, with
 * one audit entry each; inside it, or still open, everything stays; a second run changes nothing.
 */
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 })

const NOW = '2026-11-29T00:00:00.000Z'
const at = (iso: string) => vi.setSystemTime(new Date(iso))

let payload: Payload
let staff: Record<'handler' | 'reviewer' | 'editor', User>
type Ids = Record<string, number | string>
const comments: Ids = {}
const consultations: Ids = {}
const slugs: Record<string, string> = {}
const applications: Record<string, { id: number | string; trackingCode: string; accessKey: string }> = {}
const reports: Ids = {}

async function consultation(key: string, opensOn: string, closesOn: string) {
  const doc = await payload.create({
    collection: 'consultations',
    data: { title: `育儿补贴办法（征求意见稿）${key}`, summary: '征求意见。', department: '人口家庭处', opensOn, closesOn, draftText: richText('第一条 草案正文。'), _status: 'published' } as never,
    context: { disableRevalidate: true },
  })
  consultations[key] = doc.id
  slugs[key] = doc.slug as string
}

/** A comment as the form sends it, on consultation `on`, remembered as `key`. */
async function comment(key: string, on: string, fields: Record<string, unknown>) {
  expect(await submitComment(payload, { slug: slugs[on], fields })).toMatchObject({ ok: true })
  const found = await payload.find({ collection: 'consultation-comments', where: { consultation: { equals: consultations[on] } }, sort: '-id', limit: 1, overrideAccess: true, depth: 0 })
  comments[key] = found.docs[0].id
}

const APPLICANT = {
  ...INFORMATION_REQUEST,
  // Quoting the applicant's name and address, which must go from here too.
  description: '李明申请获取 2023 年免费孕前优生健康检查项目的实施方案，寄往成都市武侯区人民南路四段 1 号',
}

async function apply(key: string) {
  const result = await submitApplication(payload, { fields: APPLICANT, idempotencyToken: crypto.randomUUID(), honeypot: '' })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  const doc = (await payload.find({ collection: 'disclosure-applications', where: { trackingCode: { equals: result.trackingCode } }, overrideAccess: true, depth: 0 })).docs[0]
  applications[key] = { id: doc.id, trackingCode: result.trackingCode, accessKey: result.accessKey }
  return doc.id
}

const answer = (id: number | string, when: string) =>
  takeApplicationStep(payload, staff.handler, id, { kind: 'answer', answer: { type: 'disclosed', provided: '实施方案见附件，寄往成都市武侯区人民南路四段 1 号。' } }, new Date(when))

async function errorReport(key: string, email: string | undefined, settle?: 'answer' | 'dismiss') {
  const receipt = await submitErrorReport(payload, { fields: { pageUrl: '/policies/some-notice', description: '第三段有一个错别字。', email }, token: crypto.randomUUID(), honeypot: '' })
  if (!receipt.ok) throw new Error('not saved')
  const id = (await payload.find({ collection: 'site-error-reports', where: { reference: { equals: receipt.reference } }, overrideAccess: true, depth: 0 })).docs[0].id
  reports[key] = id
  const input = settle === 'answer' ? { outcome: 'corrected', answer: '感谢指正，已改正。' } : { dismissReason: '经核实无误。' }
  if (settle) expect(await takeErrorReportStep(payload, staff.editor, id, settle, input)).toMatchObject({ ok: true })
}

/** Queues one daily job "on" NOW and runs it alone; it completes (and is deleted) or the test fails. */
async function runJob(task: typeof ANONYMISE_COMMENTS_TASK | typeof ANONYMISE_APPLICATIONS_TASK | typeof ANONYMISE_ERROR_REPORTS_TASK) {
  const job = await payload.jobs.queue({ task, input: { now: NOW } })
  await payload.jobs.runByID({ id: job.id })
  const left = await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, overrideAccess: true })
  expect(left.docs.map((doc) => doc.error ?? doc.log)).toEqual([])
}

const row = (collection: 'consultation-comments' | 'disclosure-applications' | 'site-error-reports', id: number | string) =>
  payload.db.findOne<Record<string, unknown> & { id: number | string }>({ collection, where: { id: { equals: id } } })

const auditOf = async (action: string) =>
  (await payload.find({ collection: 'audit-log', where: { action: { equals: action } }, pagination: false, overrideAccess: true })).docs

beforeAll(async () => {
  payload = await getPayload({ config })
  staff = {
    handler: await createStaff(payload, 'handler@retention.test', ['handler'], '刘办理'),
    reviewer: await createStaff(payload, 'reviewer@retention.test', ['reviewer'], '张审核'),
    editor: await createStaff(payload, 'editor@retention.test', ['editor'], '李编辑'),
  }

  // 2024: consultation A open in March (closes 2024-03-20); applications and reports settled then.
  at('2024-03-01T02:00:00Z')
  await consultation('A', '2024-02-20T00:00:00.000Z', '2024-03-20T00:00:00.000Z')
  await comment('aNamed', 'A', { comment: '建议扩大申领范围到流动人口家庭。', name: '王小红', contact: '13812345678' })
  await comment('aPublic', 'A', { comment: '希望按季度发放补贴。', name: '', contact: 'wang@example.test', publishConsent: 'yes' })
  await comment('aAnonymous', 'A', { comment: '希望简化申请材料。' })
  await apply('answered')
  await apply('lapsed')
  await apply('open')
  await errorReport('answered', 'old@example.test', 'answer')
  await errorReport('dismissed', 'dismissed@example.test', 'dismiss')
  await errorReport('waiting', 'waiting@example.test')
  expect((await answer(applications.answered.id, '2024-03-05T02:00:00Z')).ok).toBe(true)
  expect((await takeApplicationStep(payload, staff.handler, applications.lapsed.id, { kind: 'request-correction', what: '请说明所需方案的年份', days: 10 }, new Date('2024-03-04T02:00:00Z'))).ok).toBe(true)
  expect((await takeApplicationStep(payload, staff.handler, applications.lapsed.id, { kind: 'lapse' }, new Date('2024-04-15T02:00:00Z'))).ok).toBe(true)

  // The public copy of the consented comment: written by a handler, approved by another person.
  const copy = (await payload.find({ collection: 'moderated-copies', where: { comment: { equals: comments.aPublic } }, overrideAccess: true, depth: 0 })).docs[0]
  for (const [who, action] of [[staff.handler, 'submit'], [staff.reviewer, 'approve']] as const) {
    const result = await takeCopyAction(await createLocalReq({ user: { ...who, collection: 'users' } as never }, payload), copy.id, action, {})
    expect(result.ok, JSON.stringify(result)).toBe(true)
  }

  // 2026: consultation B closes 2026-09-30; an application and a report settled in September.
  at('2026-09-01T02:00:00Z')
  await consultation('B', '2026-09-01T00:00:00.000Z', '2026-09-30T00:00:00.000Z')
  await comment('bNamed', 'B', { comment: '建议提高补贴标准。', name: '李四', contact: '13900001111' })
  await apply('recent')
  expect((await answer(applications.recent.id, '2026-09-02T02:00:00Z')).ok).toBe(true)
  await errorReport('recent', 'recent@example.test', 'answer')
  vi.useRealTimers()
})

afterAll(() => vi.useRealTimers())

describe('consultation comments', () => {
  it('lose name and contact once the consultation closed longer than the period, keeping the text and the counts', async () => {
    const countsBefore = await commentCounts(payload, consultations.A)
    const published = await payload.find({ collection: 'published-comments', where: { consultation: { equals: consultations.A } }, overrideAccess: true })
    expect(published.totalDocs).toBe(1)

    await runJob(ANONYMISE_COMMENTS_TASK)

    for (const key of ['aNamed', 'aPublic']) {
      const stored = await row('consultation-comments', comments[key])
      expect(stored).toMatchObject({ name: null, contact: null })
    }
    expect((await row('consultation-comments', comments.aNamed))?.comment).toBe('建议扩大申领范围到流动人口家庭。')
    expect(await commentCounts(payload, consultations.A)).toEqual(countsBefore)
    expect((await payload.find({ collection: 'published-comments', where: { consultation: { equals: consultations.A } }, overrideAccess: true })).docs).toEqual(published.docs)

    const audit = await auditOf(COMMENT_ANONYMISE_ACTION)
    expect(audit.map((entry) => entry.targetId).sort()).toEqual([String(comments.aNamed), String(comments.aPublic)].sort())
    expect(JSON.stringify(audit)).not.toMatch(/王小红|13812345678|wang@example\.test/)
  })

  it('keep name and contact while the consultation closed within the period', async () => {
    expect(await row('consultation-comments', comments.bNamed)).toMatchObject({ name: '李四', contact: '13900001111' })
  })
})

describe('information requests (依申请公开)', () => {
  it('lose the applicant’s details, also in the letter and the texts that quote them, once closed longer than the period', async () => {
    await runJob(ANONYMISE_APPLICATIONS_TASK)

    for (const key of ['answered', 'lapsed']) {
      const stored = (await row('disclosure-applications', applications[key].id))!
      expect(stored.anonymisedAt).toBe(NOW)
      expect(stored.applicant).toEqual({ name: null, idNumber: null, phone: null, email: null, address: null })
      expect(stored.applicantMasked).toEqual({ name: null, idNumber: null, phone: null, email: null, address: null })
      expect(JSON.stringify(stored)).not.toMatch(/李明|李\*|11010519491231002X|13812345678|liming@example\.test|人民南路四段 1 号/)
      // What the annual report counts stays.
      expect(stored).toMatchObject({ applicantType: 'citizen', idType: 'resident-id', status: key })
      expect(stored.description).toContain('2023 年免费孕前优生健康检查项目的实施方案')
    }
    const answered = (await row('disclosure-applications', applications.answered.id))!
    expect(answered.answer).toMatchObject({ type: 'disclosed' })
    const letter = (await storedLetter(payload, applications.answered.id)) ?? ''
    expect(letter).toMatch(/^政府信息公开申请答复书/)
    expect(letter).toContain('（已按规定匿名化）：')

    const audit = await auditOf(APPLICATION_ANONYMISE_ACTION)
    expect(audit.map((entry) => entry.targetId).sort()).toEqual([String(applications.answered.id), String(applications.lapsed.id)].sort())
    expect(audit[0].summary).toMatch(/^GK-/)
  })

  it('still answer the applicant’s code and key, with a notice', async () => {
    const { trackingCode, accessKey } = applications.answered
    expect(await findOwnApplication(payload, trackingCode, accessKey)).toMatchObject({ status: 'answered', anonymisedAt: NOW })
    const { trackApplicationAction } = await import('@/features/disclosure/server/track-action')
    const form = new FormData()
    form.set('code', trackingCode)
    form.set('key', accessKey)
    const state = await trackApplicationAction({ status: 'idle' }, form)
    expect(state).toMatchObject({ status: 'found', notice: APPLICATION_ANONYMISED_NOTICE })
  })

  it('keep the details of applications still open, or closed within the period', async () => {
    for (const key of ['open', 'recent']) {
      const stored = (await row('disclosure-applications', applications[key].id))!
      expect(stored.anonymisedAt ?? null).toBeNull()
      expect(stored.applicant).toMatchObject({ name: '李明', idNumber: '11010519491231002X' })
    }
    expect((await storedLetter(payload, applications.recent.id)) ?? '').toContain('李明：')
  })
})

describe('site error reports (网站找错)', () => {
  it('lose the e-mail address once settled longer than the period; open and recent ones keep it', async () => {
    await runJob(ANONYMISE_ERROR_REPORTS_TASK)
    for (const key of ['answered', 'dismissed']) {
      expect(await row('site-error-reports', reports[key])).toMatchObject({ email: null, contactGiven: true, description: '第三段有一个错别字。' })
    }
    expect(await row('site-error-reports', reports.waiting)).toMatchObject({ email: 'waiting@example.test' })
    expect(await row('site-error-reports', reports.recent)).toMatchObject({ email: 'recent@example.test' })
    const audit = await auditOf(ERROR_REPORT_ANONYMISE_ACTION)
    expect(audit.map((entry) => entry.targetId).sort()).toEqual([String(reports.answered), String(reports.dismissed)].sort())
    expect(JSON.stringify(audit)).not.toContain('@example.test')
  })
})

describe('running the jobs again', () => {
  it('changes nothing and writes no new audit entry', async () => {
    const actions = [COMMENT_ANONYMISE_ACTION, APPLICATION_ANONYMISE_ACTION, ERROR_REPORT_ANONYMISE_ACTION]
    const before = await Promise.all(actions.map(async (action) => (await auditOf(action)).length))
    const answered = await row('disclosure-applications', applications.answered.id)
    for (const task of [ANONYMISE_COMMENTS_TASK, ANONYMISE_APPLICATIONS_TASK, ANONYMISE_ERROR_REPORTS_TASK]) await runJob(task)
    const now = new Date(NOW)
    for (const run of [anonymiseCommentContacts, anonymiseExpiredApplications, anonymiseErrorReportContacts]) {
      expect(await run(payload, now)).toMatchObject({ anonymised: 0, failed: 0 })
    }
    expect(await Promise.all(actions.map(async (action) => (await auditOf(action)).length))).toEqual(before)
    expect(await row('disclosure-applications', applications.answered.id)).toEqual(answered)
  })

  it('follows a shorter period once an administrator sets one', async () => {
    await payload.updateGlobal({ slug: 'feedback-settings', data: { errorReportRetentionMonths: 1 }, overrideAccess: true })
    await runJob(ANONYMISE_ERROR_REPORTS_TASK)
    expect(await row('site-error-reports', reports.recent)).toMatchObject({ email: null })
    expect(await row('site-error-reports', reports.waiting)).toMatchObject({ email: 'waiting@example.test' })
  })
})
