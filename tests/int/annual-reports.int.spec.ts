import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { ReportTable } from '@/features/annual-reports/rules'
import { readGeneratedTables } from '@/features/annual-reports/rules'
import { publishedReportCsv } from '@/features/annual-reports/server/report-csv-file'
import { getReportByYear, listPublishedReports } from '@/features/annual-reports/server/report-queries'
import type { AnswerInput } from '@/features/disclosure/rules'
import { takeApplicationStep } from '@/features/disclosure/server/take-step'
import type { User } from '@/payload-types'
import { rest } from './helpers/api-client'
import { deskStep, publishThroughDesk } from './helpers/desk'
import { policyNotice, richText } from './helpers/policy-notice'
import { as, staffPerRole } from './helpers/staff-accounts'

// Applications walk their steps and reports go through the desk: many saves per test.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 300_000 })

const COLLECTION = 'open-government-reports'
type Role = 'admin' | 'editor' | 'reviewer' | 'handler'
let payload: Payload
let users: Record<Role, User>
let tokens: Record<Role, string>
let openApplication: number | string
let reportId: number | string

let sequence = 0
/** An application received on a given day, entered as the system (as an import would), its applicant invented. */
async function application(receivedAt: string, applicantType: 'citizen' | 'organisation' = 'citizen', organisationKind?: string) {
  sequence += 1
  const doc = await payload.create({
    collection: 'disclosure-applications',
    data: {
      trackingCode: `GK-2025-NB${String(sequence).padStart(4, '0')}`,
      receivedAt,
      applicantType,
      organisationKind: organisationKind as never,
      idType: applicantType === 'organisation' ? 'credit-code' : 'resident-id',
      applicant: { name: applicantType === 'organisation' ? '测试单位' : '测试申请人', idNumber: '11010519491231002X', phone: '13800001111' },
      description: '测试用的政府信息公开申请，所需信息的描述。',
      preferredForm: 'paper',
      collectionManner: 'pick-up',
      accessKeyHash: 'a'.repeat(64),
    } as never,
    depth: 0,
  })
  return doc.id
}

async function step(id: number | string, at: string, kind: 'answer' | 'request-correction' | 'lapse', answer?: AnswerInput) {
  const next = kind === 'answer' ? { kind, answer: answer! } : kind === 'lapse' ? { kind } : { kind, what: '请写明文件名称。', days: 15 }
  const outcome = await takeApplicationStep(payload, { ...users.handler, collection: 'users' } as never, id, next as never, new Date(at))
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true })
}

const disclosed: AnswerInput = { type: 'disclosed', provided: '文件全文见附件。' }
const why = { explanation: '结合本申请的具体情况说明理由。' }

const notice = (title: string, extra: Record<string, unknown>) =>
  payload.create({ collection: 'policy-notices', data: { ...policyNotice({ title }), _status: 'published', ...extra } as never, context: { disableRevalidate: true } })

const valuesOf = (table: ReportTable | undefined, key: string) => table?.rows.find((row) => row.key === key)?.values
const generate = (id: number | string, role: Role | null) => rest('POST', `/${COLLECTION}/${id}/generate-tables`, { token: role ? tokens[role] : undefined })
const draftOf = async (id: number | string) => readGeneratedTables((await payload.findByID({ collection: COLLECTION, id, draft: true, overrideAccess: true, depth: 0 })).tables)

const reportData = (year: number) => ({
  year,
  overview: richText('本年度，本机关认真贯彻《中华人民共和国政府信息公开条例》。'),
  problems: richText('依申请公开答复的说理还不够充分，下一年度加强培训。'),
  otherMatters: richText('本年度未收取信息处理费。'),
  remedies: { reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 1 }, litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0 }, litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0 } },
})

beforeAll(async () => {
  payload = await getPayload({ config })
  ;({ users, tokens } = await staffPerRole(payload, ['admin', 'editor', 'reviewer', 'handler'], 'annual.test'))

  await notice('2025 年计划生育服务通知', { topic: 'family-planning', datePublished: '2025-03-01T02:00:00.000Z' })
  await notice('2025 年计划生育服务通知的解读', { topic: 'family-planning', kind: 'interpretation', datePublished: '2025-03-02T02:00:00.000Z' })
  // 00:30 on 1 January 2026 in Beijing: a notice of 2026.
  await notice('新年第一份艾滋病防治通知', { topic: 'hiv-prevention', datePublished: '2025-12-31T16:30:00.000Z' })
  await notice('2019 年艾滋病防治通知', { topic: 'hiv-prevention', datePublished: '2019-01-01T02:00:00.000Z' })
  await notice('已废止的艾滋病防治通知', { topic: 'hiv-prevention', validity: 'repealed', datePublished: '2018-01-01T02:00:00.000Z' })
  await payload.create({ collection: 'policy-notices', data: policyNotice({ title: '尚未发布的计划生育通知', topic: 'family-planning', datePublished: '2025-05-01T02:00:00.000Z' }), draft: true, context: { disableRevalidate: true } })

  await step(await application('2025-02-03T02:00:00.000Z'), '2025-02-20T02:00:00.000Z', 'answer', disclosed)
  await step(await application('2025-03-03T02:00:00.000Z', 'organisation', 'business'), '2025-03-20T02:00:00.000Z', 'answer', { type: 'partly-disclosed', provided: '方案正文。', withheldPart: '名单。', reason: 'third-party', ...why })
  await step(await application('2025-04-01T02:00:00.000Z', 'organisation', 'research'), '2025-04-10T02:00:00.000Z', 'answer', { type: 'referred', reason: 'other-body', otherBody: '成都市统计局，028-00000000', ...why })
  await step(await application('2025-05-06T02:00:00.000Z', 'organisation', 'legal-service'), '2025-05-20T02:00:00.000Z', 'answer', { type: 'withheld', reason: 'state-secret', ...why })
  const lapsing = await application('2025-06-02T02:00:00.000Z')
  await step(lapsing, '2025-06-03T02:00:00.000Z', 'request-correction')
  await step(lapsing, '2025-07-15T02:00:00.000Z', 'lapse')
  await step(await application('2024-12-20T02:00:00.000Z'), '2025-01-08T02:00:00.000Z', 'answer', disclosed)
  openApplication = await application('2025-12-29T02:00:00.000Z', 'organisation', 'public-interest')
  await step(await application('2024-05-06T02:00:00.000Z'), '2024-05-10T02:00:00.000Z', 'answer', disclosed)
  // An organisation that said no kind: counted under 其他.
  await step(await application('2025-08-01T02:00:00.000Z', 'organisation'), '2025-08-05T02:00:00.000Z', 'answer', { type: 'not-processed', reason: 'repeated', ...why })
})

describe('政府信息公开工作年度报告', () => {
  it('counts the year’s notices and applications from the database into the draft, and only that button writes them', async () => {
    const draft = await payload.create({ collection: COLLECTION, data: reportData(2025), draft: true, ...as(users.editor) })
    reportId = draft.id
    expect(draft.title).toBe('2025年政府信息公开工作年度报告')

    // Nobody types figures into the generated tables, not even through the API.
    await rest('PATCH', `/${COLLECTION}/${reportId}?draft=true`, { token: tokens.editor, body: { tables: { year: 2025, generatedAt: 'x', proactive: { rows: [] }, applications: { rows: [] } } } })
    expect(await draftOf(reportId)).toBeNull()
    expect((await generate(reportId, null)).status).toBe(401)
    const refused = await generate(reportId, 'handler')
    expect([refused.status, refused.json.error]).toEqual([403, expect.stringContaining('编辑、审核员和管理员')])

    const answer = await generate(reportId, 'editor')
    expect(answer.status, JSON.stringify(answer.json)).toBe(200)
    expect(answer.json.message).toContain('已按 2025 年的数据生成表格')
    const tables = (await draftOf(reportId))!
    expect(tables.year).toBe(2025)
    expect(valuesOf(tables.proactive, 'family-planning')).toEqual([1, 1, 1])
    expect(valuesOf(tables.proactive, 'hiv-prevention')).toEqual([0, 0, 1])
    expect(valuesOf(tables.proactive, 'total')).toEqual([1, 1, 2])

    const table = tables.applications
    expect(valuesOf(table, 'new')).toEqual([2, 1, 1, 1, 1, 1, 7])
    expect(valuesOf(table, 'carried-in')).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(valuesOf(table, 'disclosed')).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(valuesOf(table, 'partly-disclosed')).toEqual([0, 1, 0, 0, 0, 0, 1])
    expect(valuesOf(table, 'withheld:state-secret')).toEqual([0, 0, 0, 0, 1, 0, 1])
    expect(valuesOf(table, 'unavailable:not-held')).toEqual([0, 0, 1, 0, 0, 0, 1])
    expect(valuesOf(table, 'not-processed:repeated')).toEqual([0, 0, 0, 0, 0, 1, 1])
    expect(valuesOf(table, 'other:lapsed')).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(valuesOf(table, 'results-total')).toEqual([3, 1, 1, 0, 1, 1, 7])
    expect(valuesOf(table, 'carried-out')).toEqual([0, 0, 0, 1, 0, 0, 1])
  })

  it('is published only with tables for its year, through the desk, by someone other than who generated them', async () => {
    const empty = await payload.create({ collection: COLLECTION, data: reportData(2024), draft: true, ...as(users.editor) })
    await deskStep(payload, users.editor, COLLECTION, empty.id, 'submit')
    await expect(deskStep(payload, users.reviewer, COLLECTION, empty.id, 'publish')).rejects.toThrow(/按本年数据生成表格/)

    expect(await getReportByYear('2025')).toBeNull()
    expect(await publishedReportCsv('2025')).toBeNull()
    await publishThroughDesk(payload, COLLECTION, reportId, users.editor, users.reviewer)
    const seen = await getReportByYear('2025')
    expect(seen).toMatchObject({ year: 2025, slug: '2025', _status: 'published' })
    expect(seen?.publishedAt).toBeTruthy()
    expect(valuesOf(readGeneratedTables(seen?.tables)?.applications, 'new')).toEqual([2, 1, 1, 1, 1, 1, 7])
    expect((await listPublishedReports()).map((report) => report.year)).toEqual([2025])

    const csv = (await publishedReportCsv('2025'))!
    expect(csv.filename).toBe('open-government-report-2025.csv')
    expect(csv.body.startsWith('\uFEFF2025年政府信息公开工作年度报告\r\n')).toBe(true)
    expect(csv.body).toContain('\r\n一、本年新收政府信息公开申请数量,2,1,1,1,1,1,7\r\n')
    expect(csv.body).toContain('\r\n计划生育,1,1,1\r\n')
    expect(csv.body).toContain('\r\n行政复议,1,0,0,1,2\r\n')
    expect(csv.body).toContain('\r\n行政诉讼（未经复议直接起诉）,0,1,0,0,1\r\n')
  })

  it('stays as published when notices and applications change afterwards, until a new version is published', async () => {
    const before = (await publishedReportCsv('2025'))!.body
    await notice('2025 年 11 月的计划生育通知', { topic: 'family-planning', datePublished: '2025-11-11T02:00:00.000Z' })
    await step(openApplication, '2025-12-30T02:00:00.000Z', 'answer', disclosed)

    expect((await publishedReportCsv('2025'))!.body).toBe(before)
    expect(valuesOf(readGeneratedTables((await getReportByYear('2025'))?.tables)?.proactive, 'family-planning')).toEqual([1, 1, 1])

    // Generated again into a draft by the reviewer: visitors still read the published tables.
    expect((await generate(reportId, 'reviewer')).status).toBe(200)
    const regenerated = (await draftOf(reportId))!
    expect(valuesOf(regenerated.proactive, 'family-planning')).toEqual([2, 1, 2])
    expect(valuesOf(regenerated.applications, 'carried-out')).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(valuesOf(regenerated.applications, 'disclosed')).toEqual([2, 0, 0, 1, 0, 0, 3])
    expect((await publishedReportCsv('2025'))!.body).toBe(before)
    const visitorDraft = await payload.findByID({ collection: COLLECTION, id: reportId, draft: true, overrideAccess: false, user: null })
    expect(valuesOf(readGeneratedTables(visitorDraft.tables)?.proactive, 'family-planning')).toEqual([1, 1, 1])

    // The reviewer who generated them may not publish them; an administrator (another person) does.
    await deskStep(payload, users.reviewer, COLLECTION, reportId, 'submit')
    await expect(deskStep(payload, users.reviewer, COLLECTION, reportId, 'publish')).rejects.toThrow(/^403 /)
    await deskStep(payload, users.admin, COLLECTION, reportId, 'publish')
    expect((await publishedReportCsv('2025'))!.body).not.toBe(before)
    expect(valuesOf(readGeneratedTables((await getReportByYear('2025'))?.tables)?.proactive, 'family-planning')).toEqual([2, 1, 2])
  })

  it('never shows a visitor a report that is not published', async () => {
    const draft = await payload.create({ collection: COLLECTION, data: reportData(2023), draft: true, ...as(users.editor) })
    expect((await generate(draft.id, 'editor')).status).toBe(200)
    expect(await getReportByYear('2023')).toBeNull()
    expect(await getReportByYear('2024')).toBeNull()
    expect(await publishedReportCsv('2023')).toBeNull()
    expect(await getReportByYear('not-a-year')).toBeNull()
    expect((await listPublishedReports()).map((report) => report.year)).toEqual([2025])
    const visitor = await payload.find({ collection: COLLECTION, draft: true, overrideAccess: false, user: null, depth: 0 })
    expect(visitor.docs.map((doc) => doc.year)).toEqual([2025])
    const viaRest = await rest('GET', `/${COLLECTION}/${draft.id}`)
    expect(viaRest.status).toBe(404)
    // One report per year.
    const twice = await payload.create({ collection: COLLECTION, data: reportData(2023), draft: true, ...as(users.editor) }).catch((error) => error)
    expect(String(twice.message)).toContain('2023 年的年度报告已经存在')
  })

  it('refuses a year that has not begun, with a message', async () => {
    const refused = await payload.create({ collection: COLLECTION, data: reportData(2999), draft: true, ...as(users.editor) }).catch((error) => error)
    expect(String(refused.message)).toMatch(/报告年度应在 2008 年至 \d{4} 年之间/)
  })
})
