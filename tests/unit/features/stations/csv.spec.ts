import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { csvLine, decodeCsvBytes, parseCsv, readStationCsv, STATION_CSV_COLUMNS, type StationCsvLookups } from '@/features/stations/rules'

const lookups: StationCsvLookups = {
  districts: [
    { code: 'jinjiang', name: '锦江区', streets: [{ code: 'jinjiang-chunxilu', name: '春熙路街道' }] },
    { code: 'wuhou', name: '武侯区', streets: [{ code: 'wuhou-yulin', name: '玉林街道' }] },
  ],
  services: [
    { code: 'free-contraceptives', name: '免费避孕药具' },
    { code: 'hiv-testing', name: '艾滋病检测与咨询' },
  ],
}
const HEADER = STATION_CSV_COLUMNS.join(',')
const row = (values: Partial<Record<(typeof STATION_CSV_COLUMNS)[number], string>>) =>
  csvLine(
    STATION_CSV_COLUMNS.map(
      (column) =>
        values[column] ??
        {
          key: 'jinjiang-001',
          name: '春熙路街道计划生育服务站',
          type: 'township-station',
          district: '锦江区',
          street: '春熙路街道',
          address: '锦江区人民路1号',
          phones: '028-86000001',
          lat: '30.655',
          lng: '104.080',
          services: '免费避孕药具',
          hours: '周一至周五 09:00-17:00',
          closed_on_holidays: '是',
          exceptions: '',
          accessibility: '',
          last_verified: '2026-11-01',
        }[column],
    ),
  )
const read = (...rows: string[]) => readStationCsv([HEADER, ...rows].join('\n'), lookups)

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    const { records, error } = parseCsv('\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n2,"two\r\nlines",4\r\n\r\n5,,6')
    expect(error).toBeUndefined()
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, "y"', '3'] },
      { line: 3, fields: ['2', 'two\r\nlines', '4'] },
      { line: 6, fields: ['5', '', '6'] },
    ])
  })

  it('accepts LF and a missing final line break, and reports an unclosed quote by line', () => {
    expect(parseCsv('a,b\n1,2').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ])
    expect(parseCsv('a,b\n1,"2\n3,4').error).toEqual({ line: 2, message: '第 2 行：引号没有闭合，请检查该行的双引号' })
  })

  it('writes fields back so that they read the same', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded ']
    expect(parseCsv(csvLine(values)).records[0].fields).toEqual(values)
  })
})

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with or without BOM, and GBK as spreadsheets in China save it', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad]))).toBe('中')
    expect(decodeCsvBytes(new TextEncoder().encode('锦江区'))).toBe('锦江区')
    // 中文 in GBK
    expect(decodeCsvBytes(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toBe('中文')
  })
})

describe('readStationCsv', () => {
  it('reads a good row into what the collection stores', () => {
    const { rows, problems } = read(
      row({ street: ' 春熙路街道 ', phones: '028-86000001；13812345678', services: '免费避孕药具；hiv-testing', exceptions: '2026-12-18 休息（培训）', last_verified: '2026/11/2' }),
    )
    expect(problems).toEqual([])
    expect(rows[0]).toMatchObject({
      line: 2,
      key: 'jinjiang-001',
      type: 'township-station',
      districtCode: 'jinjiang',
      streetCode: 'jinjiang-chunxilu',
      phones: ['028-86000001', '13812345678'],
      lat: 30.655,
      lng: 104.08,
      serviceCodes: ['free-contraceptives', 'hiv-testing'],
      closedOnPublicHolidays: true,
      exceptions: [{ date: '2026-12-18', closed: true, note: '培训' }],
      lastVerified: '2026-11-02',
    })
    expect(rows[0].slots).toHaveLength(5)
  })

  it('accepts everyday spellings of types, areas and the holiday choice', () => {
    const { rows, problems } = read(row({ type: '合作医院', district: 'wuhou', street: '玉林街道', closed_on_holidays: '否' }))
    expect(problems).toEqual([])
    expect(rows[0]).toMatchObject({ type: 'partner-hospital', districtCode: 'wuhou', streetCode: 'wuhou-yulin', closedOnPublicHolidays: false })
  })

  it('reports every problem of a row by line and key, and keeps the good rows', () => {
    const { rows, problems } = read(
      row({ key: 'a-001', district: '火星区' }),
      row({ key: 'a-002' }),
      row({ key: 'a-003', street: '玉林街道' }),
      row({ key: 'a-004', lat: '104.08', lng: '30.655' }),
      row({ key: 'a-005', lat: 'north', hours: '上午九点到下午五点' }),
      row({ key: 'a-002', services: '免费午餐', phones: 'call me' }),
      row({ key: 'A 7', type: '宾馆', last_verified: '2026-02-30' }),
      row({ key: 'a-008', hours: '周一 09:00-12:00；周一 11:00-13:00' }),
      row({ key: 'a-009', exceptions: '12月18日 休息' }),
      row({ key: 'a-010', closed_on_holidays: '看情况' }),
    )
    expect(rows.map((r) => r.key)).toEqual(['a-002'])
    expect(problems.map((p) => p.message)).toEqual([
      '第 2 行（a-001）：区（市）县“火星区”不存在，请使用后台“区域”中的名称',
      '第 4 行（a-003）：街道（乡镇）“玉林街道”不属于锦江区，或尚未在后台“区域”中添加',
      '第 5 行（a-004）：坐标 104.08, 30.655 不在成都市范围内（纬度和经度可能填反了）',
      '第 6 行（a-005）：坐标“north, 104.080”不是数字',
      expect.stringMatching(/^第 6 行（a-005）：开放时间无法识别：“上午九点到下午五点”/),
      '第 7 行（a-002）：编号“a-002”与第 3 行重复',
      '第 7 行（a-002）：电话“call me”格式无法识别',
      '第 7 行（a-002）：服务项目“免费午餐”不存在',
      '第 8 行（A 7）：编号“A 7”无效：只能使用小写字母、数字和连字符，例如 jinjiang-001',
      '第 8 行（A 7）：网点类型“宾馆”无法识别',
      '第 8 行（A 7）：核实日期“2026-02-30”无效，应写成 2026-03-01',
      expect.stringMatching(/^第 9 行（a-008）：开放时间无法识别：.*时间重叠/),
      '第 10 行（a-009）：特殊日期“12月18日 休息”应以日期开头，例如“2026-02-16 休息”',
      '第 11 行（a-010）：“closed_on_holidays”应填“是”或“否”，而不是“看情况”',
    ])
  })

  it('reports missing values and a row with the wrong number of columns', () => {
    const { problems } = read(row({ name: '', hours: '' }), 'a-1,only,three')
    expect(problems.map((p) => p.message)).toEqual([
      '第 2 行（jinjiang-001）：“name”列不能为空',
      '第 2 行（jinjiang-001）：“hours”列不能为空',
      expect.stringMatching(/^第 3 行（a-1）：有 3 列，表头有 15 列/),
      ...['district', 'address', 'lat', 'lng', 'hours', 'last_verified'].map((c) => `第 3 行（a-1）：“${c}”列不能为空`),
      '第 3 行（a-1）：网点类型“three”无法识别',
    ])
  })

  it('refuses a file without the required columns and ignores unknown ones', () => {
    expect(readStationCsv('name,address\nx,y', lookups).problems[0].message).toMatch(/^第 1 行（表头）缺少列：key、type、district、lat、lng、hours、last_verified。表头应为：key,name,/)
    const extra = readStationCsv(`${HEADER},remarks\n${row({})},note`, lookups)
    expect(extra.rows).toHaveLength(1)
    expect(extra.problems[0].message).toBe('第 1 行（表头）：不认识的列“remarks”，已忽略')
    expect(readStationCsv('', lookups).problems[0].message).toBe('文件是空的：第 1 行应为表头')
  })

  it('reads the demo directory without a single problem', () => {
    const text = fs.readFileSync('src/seed/stations.csv', 'utf8')
    const header = text.split('\n')[0]
    expect(header).toBe(HEADER)
    const demoLookups: StationCsvLookups = { districts: [], services: [] }
    const { problems } = readStationCsv(text, demoLookups)
    // Without areas and services every row is refused for them, and for nothing else
    expect(problems.every((p) => /不存在|不属于/.test(p.message))).toBe(true)
  })
})
