import { describe, expect, it } from 'vitest'
import { EMPTY_COUNTS, UTF8_BOM, assembleFigures, csvField, openDataCsv, toCsv } from '@/features/open-data/rules'

describe('CSV fields (RFC 4180)', () => {
  it.each([
    ['生育服务处', '生育服务处'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
  ])('quotes fields with commas, quotes and line breaks, doubling quotes: %j → %j', (value, field) => {
    expect(csvField(value)).toBe(field)
  })

  it.each([
    [66.7, '66.7'],
    [0, '0'],
    [null, ''],
    [Number.NaN, ''],
  ])('writes numbers plainly and a missing rate as an empty field: %j → %j', (value, field) => {
    expect(csvField(value)).toBe(field)
  })

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-5', "'-5"],
    [-5, '-5'],
  ])('keeps spreadsheet formulas from running: %j → %j', (value, field) => {
    expect(csvField(value)).toBe(field)
  })

  it('starts with a byte-order mark and ends every record with CRLF', () => {
    const csv = toCsv([['名称', '数量'], ['咨询', 3]])
    expect(csv).toBe(`${UTF8_BOM}名称,数量\r\n咨询,3\r\n`)
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })
})

describe('the open-data CSV', () => {
  const figures = assembleFigures(
    { to: '2026-02', months: 2, generatedAt: new Date('2026-02-10T00:00:00Z') },
    {
      total: { ...EMPTY_COUNTS, received: 3, accepted: 2, replied: 2, repliedOnTime: 1, workingDaysTotal: 9, timedReplies: 2, rated: 1, satisfied: 1 },
      byMonth: [{ month: '2026-02', counts: { ...EMPTY_COUNTS, received: 3, accepted: 2, replied: 2, repliedOnTime: 1, workingDaysTotal: 9, timedReplies: 2, rated: 1, satisfied: 1 } }],
      byKind: [],
      byDepartment: [{ department: '科室,"甲"', counts: { ...EMPTY_COUNTS, received: 3 } }],
    },
  )
  const lines = openDataCsv(figures).replace(UTF8_BOM, '').split('\r\n')

  it('has a header, the total, then a row per month, kind and department', () => {
    expect(lines[0]).toBe('分组,名称,收到留言,已受理,不予受理,已转办,已答复,按时答复,按时答复率（%）,平均答复用时（工作日）,参与评价,满意或基本满意,满意率（%）')
    expect(lines[1]).toBe('合计,2026-01至2026-02,3,2,0,0,2,1,50,4.5,1,1,100')
    expect(lines[2]).toBe('按月,2026-01,0,0,0,0,0,0,,,0,0,')
    expect(lines[3]).toBe('按月,2026-02,3,2,0,0,2,1,50,4.5,1,1,100')
    expect(lines.slice(4, 9).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['按类型,咨询,0', '按类型,建议,0', '按类型,投诉,0', '按类型,表扬,0', '按类型,举报,0'])
    expect(lines[9]).toBe('按承办部门,"科室,""甲""",3,0,0,0,0,0,,,0,0,')
    expect(lines[10]).toBe('')
    expect(lines).toHaveLength(11)
  })
})
