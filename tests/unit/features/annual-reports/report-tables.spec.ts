import { describe, expect, it } from 'vitest'
import {
  applicationTable,
  generateTables,
  proactiveDisclosureTable,
  publicationProblem,
  remediesTable,
  remedyCountProblem,
  reportCsv,
  reportYearProblem,
  rowPath,
} from '@/features/annual-reports/rules'

describe('政府信息公开行政复议、行政诉讼情况', () => {
  it('gives each kind of case its row and 总计, empty counts as nought', () => {
    const table = remediesTable({ reconsideration: { upheld: 2, corrected: 1, other: 0, pending: 1 }, litigationDirect: { upheld: 1 } })
    expect(table.columns.map((c) => c.label)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'])
    expect(table.rows.map((row) => [row.label, row.values])).toEqual([
      ['行政复议', [2, 1, 0, 1, 4]],
      ['行政诉讼（未经复议直接起诉）', [1, 0, 0, 0, 1]],
      ['行政诉讼（复议后起诉）', [0, 0, 0, 0, 0]],
    ])
  })

  it('takes whole numbers of nought or more only', () => {
    expect(remedyCountProblem(0)).toBeUndefined()
    expect(remedyCountProblem(12)).toBeUndefined()
    expect(remedyCountProblem(-1)).toMatch(/正整数/)
    expect(remedyCountProblem(1.5)).toMatch(/正整数/)
  })
})

describe('publishing a report', () => {
  const tables = generateTables({ year: 2025, notices: [], applications: [], now: new Date('2026-01-10T02:00:00Z') })

  it('needs tables generated for its own year', () => {
    expect(publicationProblem(2025, null)).toMatch(/按本年数据生成表格/)
    expect(publicationProblem(2025, { year: 2025 })).toMatch(/按本年数据生成表格/)
    expect(publicationProblem(2024, tables)).toMatch(/2025 年的数据生成.*2024 年不一致/)
    expect(publicationProblem(2025, tables)).toBeUndefined()
  })

  it('takes a year from 2008 to this year', () => {
    const now = new Date('2026-01-10T02:00:00Z')
    expect(reportYearProblem(2025, now)).toBeUndefined()
    expect(reportYearProblem(2026, now)).toBeUndefined()
    expect(reportYearProblem(2027, now)).toMatch(/2008 年至 2026 年/)
    expect(reportYearProblem(2007, now)).toMatch(/2008/)
    expect(reportYearProblem(2025.5, now)).toMatch(/四位数字/)
  })
})

describe('the tables as CSV', () => {
  const applications = applicationTable([{ applicantType: 'organisation', organisationKind: 'business', receivedAt: '2025-03-01T02:00:00Z', status: 'answered', answerType: 'withheld', answerReason: 'state-secret', finishedAt: '2025-03-10T02:00:00Z' }], 2025)
  const csv = reportCsv('2025年政府信息公开工作年度报告', '2026-01-10T02:00:00Z', [proactiveDisclosureTable([], 2025), applications, remediesTable(null)])
  const lines = csv.slice(1).split('\r\n')

  it('is UTF-8 with a byte-order mark, CRLF lines and Chinese headings', () => {
    expect(csv.startsWith('\uFEFF2025年政府信息公开工作年度报告\r\n')).toBe(true)
    expect(lines[1]).toBe('统计表格生成于 2026-01-10 10:00（北京时间）')
    expect(lines).toContain('申请情况,自然人,法人或其他组织：商业企业,法人或其他组织：科研机构,法人或其他组织：社会公益组织,法人或其他组织：法律服务机构,法人或其他组织：其他,总计')
    expect(lines).toContain('类别,结果维持,结果纠正,其他结果,尚未审结,总计')
  })

  it('names each row with its headings above, since a spreadsheet has no indentation', () => {
    const index = applications.rows.findIndex((row) => row.key === 'withheld:state-secret')
    expect(rowPath(applications.rows, index)).toBe('三、本年度办理结果 / （三）不予公开 / 1. 属于国家秘密')
    expect(lines).toContain('三、本年度办理结果 / （三）不予公开 / 1. 属于国家秘密,0,1,0,0,0,0,1')
    // A heading row without figures is no line of its own.
    expect(lines).not.toContain('三、本年度办理结果')
  })
})
