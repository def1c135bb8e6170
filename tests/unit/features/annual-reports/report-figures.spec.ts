import { describe, expect, it } from 'vitest'
import { NOT_PROCESSED_REASONS, UNAVAILABLE_REASONS, WITHHOLDING_GROUNDS } from '@/features/disclosure/rules'
import {
  applicationTable,
  beijingYearOf,
  finishedAtOf,
  outcomeKeyOf,
  proactiveDisclosureTable,
  type ApplicationFacts,
  type NoticeFacts,
  type ReportTable,
} from '@/features/annual-reports/rules'

const valuesOf = (table: ReportTable, key: string) => table.rows.find((row) => row.key === key)?.values

describe('the report year', () => {
  it('is the Beijing calendar year: 16:30 UTC on 31 December is already the next year', () => {
    expect(beijingYearOf('2025-12-31T16:30:00Z')).toBe(2026)
    expect(beijingYearOf('2025-12-31T15:59:59Z')).toBe(2025)
    expect(beijingYearOf('2024-12-31T16:00:00Z')).toBe(2025)
    expect(beijingYearOf(null)).toBeNull()
    expect(beijingYearOf('not a date')).toBeNull()
  })
})

describe('主动公开政府信息情况', () => {
  const notice = (datePublished: string, extra: Partial<NoticeFacts> = {}): NoticeFacts => ({ kind: 'document', topic: 'family-planning', validity: 'in-force', datePublished, ...extra })
  const notices = [
    notice('2025-03-01T02:00:00Z'),
    notice('2025-12-31T16:30:00Z'), // 2026 in Beijing
    notice('2024-12-31T16:30:00Z', { topic: 'hiv-prevention' }), // 2025 in Beijing
    notice('2025-06-01T02:00:00Z', { kind: 'interpretation' }),
    notice('2025-07-01T02:00:00Z', { validity: 'repealed' }),
    notice('2025-08-01T02:00:00Z', { withdrawn: true }),
    notice('2019-05-01T02:00:00Z', { topic: 'hiv-prevention' }),
    notice('2018-05-01T02:00:00Z', { topic: 'hiv-prevention', validity: 'expired' }),
  ]

  it('counts per topic the documents and interpretations published in the year and the documents in force by its end', () => {
    const table = proactiveDisclosureTable(notices, 2025)
    expect(table.columns.map((c) => c.label)).toEqual(['本年发布政策文件', '本年发布政策解读', '现行有效政策文件'])
    expect(valuesOf(table, 'family-planning')).toEqual([2, 1, 1])
    expect(valuesOf(table, 'hiv-prevention')).toEqual([1, 0, 2])
    expect(valuesOf(table, 'maternal-child')).toEqual([0, 0, 0])
    expect(valuesOf(table, 'total')).toEqual([3, 1, 3])
    expect(table.rows).toHaveLength(8)
  })

  it('counts a notice published at 00:30 on 1 January (Beijing) in the new year only', () => {
    expect(valuesOf(proactiveDisclosureTable(notices, 2026), 'family-planning')).toEqual([1, 0, 2])
  })
})

describe('收到和处理政府信息公开申请情况', () => {
  const app = (receivedAt: string, extra: Partial<ApplicationFacts> = {}): ApplicationFacts => ({ applicantType: 'citizen', receivedAt, status: 'received', ...extra })
  const answered = (receivedAt: string, finishedAt: string, answerType: string, answerReason?: string, extra: Partial<ApplicationFacts> = {}) =>
    app(receivedAt, { status: 'answered', answerType, answerReason, finishedAt, ...extra })
  const applications: ApplicationFacts[] = [
    answered('2025-02-01T02:00:00Z', '2025-02-20T02:00:00Z', 'disclosed'),
    answered('2025-03-01T02:00:00Z', '2025-03-20T02:00:00Z', 'partly-disclosed', 'third-party', { applicantType: 'organisation', organisationKind: 'business' }),
    answered('2025-04-01T02:00:00Z', '2025-04-20T02:00:00Z', 'withheld', 'state-secret', { applicantType: 'organisation', organisationKind: 'legal-service' }),
    answered('2025-05-01T02:00:00Z', '2025-05-20T02:00:00Z', 'unavailable', 'not-held'),
    answered('2025-05-02T02:00:00Z', '2025-05-21T02:00:00Z', 'referred', 'other-body', { applicantType: 'organisation', organisationKind: 'research' }),
    answered('2025-06-01T02:00:00Z', '2025-06-10T02:00:00Z', 'not-processed', 'repeated', { applicantType: 'organisation' }), // kind unknown: 其他
    app('2025-07-01T02:00:00Z', { status: 'lapsed', finishedAt: '2025-08-01T02:00:00Z', applicantType: 'organisation', organisationKind: 'public-interest' }),
    // Carried over from 2024, answered in 2025.
    answered('2024-12-20T02:00:00Z', '2025-01-10T02:00:00Z', 'disclosed'),
    // Received in 2025, still open, and one answered in 2026: both carried into 2026.
    app('2025-12-30T02:00:00Z', { status: 'awaiting-correction' }),
    answered('2025-12-25T02:00:00Z', '2026-01-08T02:00:00Z', 'disclosed', undefined, { applicantType: 'organisation', organisationKind: 'business' }),
    // Finished before the year, and received after it: not in the 2025 report at all.
    answered('2024-03-01T02:00:00Z', '2024-03-10T02:00:00Z', 'disclosed'),
    app('2026-01-05T02:00:00Z'),
  ]
  const table = applicationTable(applications, 2025)

  it('has the template’s columns: 自然人, 法人或其他组织 by kind, 总计', () => {
    expect(table.columns.map((c) => [c.group ?? '', c.label])).toEqual([
      ['', '自然人'],
      ['法人或其他组织', '商业企业'],
      ['法人或其他组织', '科研机构'],
      ['法人或其他组织', '社会公益组织'],
      ['法人或其他组织', '法律服务机构'],
      ['法人或其他组织', '其他'],
      ['', '总计'],
    ])
  })

  it('counts received, carried over, each outcome and carried forward by applicant', () => {
    expect(valuesOf(table, 'new')).toEqual([3, 2, 1, 1, 1, 1, 9])
    expect(valuesOf(table, 'carried-in')).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(valuesOf(table, 'disclosed')).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(valuesOf(table, 'partly-disclosed')).toEqual([0, 1, 0, 0, 0, 0, 1])
    expect(valuesOf(table, 'withheld:state-secret')).toEqual([0, 0, 0, 0, 1, 0, 1])
    expect(valuesOf(table, 'withheld')).toEqual([0, 0, 0, 0, 1, 0, 1])
    // A referral to another body is, for this body, information it does not hold.
    expect(valuesOf(table, 'unavailable:not-held')).toEqual([1, 0, 1, 0, 0, 0, 2])
    expect(valuesOf(table, 'not-processed:repeated')).toEqual([0, 0, 0, 0, 0, 1, 1])
    expect(valuesOf(table, 'other:lapsed')).toEqual([0, 0, 0, 1, 0, 0, 1])
    expect(valuesOf(table, 'other:unpaid')).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(valuesOf(table, 'results-total')).toEqual([3, 1, 1, 1, 1, 1, 8])
    expect(valuesOf(table, 'carried-out')).toEqual([1, 1, 0, 0, 0, 0, 2])
  })

  it('balances: received plus carried over equals finished plus carried forward, in every column', () => {
    const [inNew, inCarried, done, out] = ['new', 'carried-in', 'results-total', 'carried-out'].map((key) => valuesOf(table, key)!)
    expect(inNew.map((value, i) => value + inCarried[i])).toEqual(done.map((value, i) => value + out[i]))
  })

  it('lists every reason of the disclosure rules under its section, numbered as the template', () => {
    const labels = table.rows.map((row) => row.label)
    expect(table.rows.filter((row) => row.level === 3)).toHaveLength(WITHHOLDING_GROUNDS.length + UNAVAILABLE_REASONS.length + NOT_PROCESSED_REASONS.length + 3)
    expect(labels.slice(0, 4)).toEqual(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开'])
    expect(labels).toContain(`1. ${WITHHOLDING_GROUNDS[0].label}`)
    expect(labels.at(-2)).toBe('（七）总计')
    expect(labels.at(-1)).toBe('四、结转下年度继续办理')
    expect(table.rows.find((row) => row.key === 'results')?.values).toBeNull()
  })

  it('puts every answer in one row, an unknown reason under 其他处理', () => {
    expect(outcomeKeyOf('answered', 'referred', 'other-procedure')).toBe('other:other')
    expect(outcomeKeyOf('answered', 'withheld', 'no-such-ground')).toBe('other:other')
    expect(outcomeKeyOf('lapsed')).toBe('other:lapsed')
    expect(outcomeKeyOf('answered', 'not-processed', 'petition')).toBe('not-processed:petition')
  })

  it('dates a finish by the answer, or a lapse by its last step', () => {
    expect(finishedAtOf({ status: 'answered', answer: { answeredAt: '2025-03-01T00:00:00Z' } })).toBe('2025-03-01T00:00:00Z')
    expect(finishedAtOf({ status: 'lapsed', timeline: [{ at: '2025-04-01T00:00:00Z' }, { at: '2025-03-01T00:00:00Z' }] })).toBe('2025-04-01T00:00:00Z')
    expect(finishedAtOf({ status: 'received', timeline: [{ at: '2025-04-01T00:00:00Z' }] })).toBeNull()
  })
})
