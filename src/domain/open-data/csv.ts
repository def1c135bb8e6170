import type { MessageFigures, OpenDataFigures } from './figures'

export type CsvCell = string | number | null

/** Excel reads UTF-8 only when the file starts with a byte-order mark; without it Chinese is garbled. */
export const UTF8_BOM = '\uFEFF'

/**
 * One field by RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled.
 * Text starting with = + - @ is prefixed with an apostrophe so a spreadsheet shows it as text
 * instead of running it as a formula. Null is an empty field.
 */
export function csvField(value: CsvCell): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows as an RFC 4180 file: CRLF after every record, BOM first. */
export function toCsv(rows: CsvCell[][]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}

export const FIGURE_COLUMNS: { key: keyof MessageFigures; label: string }[] = [
  { key: 'received', label: '收到留言' },
  { key: 'accepted', label: '已受理' },
  { key: 'declined', label: '不予受理' },
  { key: 'transferred', label: '已转办' },
  { key: 'replied', label: '已答复' },
  { key: 'repliedOnTime', label: '按时答复' },
  { key: 'onTimeRate', label: '按时答复率（%）' },
  { key: 'averageWorkingDays', label: '平均答复用时（工作日）' },
  { key: 'rated', label: '参与评价' },
  { key: 'satisfied', label: '满意或基本满意' },
  { key: 'satisfactionRate', label: '满意率（%）' },
]

const values = (figures: MessageFigures) => FIGURE_COLUMNS.map(({ key }) => figures[key])

/** The open-data figures as one table: a column says which grouping each row belongs to. */
export function openDataCsv(figures: OpenDataFigures): string {
  const period = `${figures.from}至${figures.to}`
  return toCsv([
    ['分组', '名称', ...FIGURE_COLUMNS.map((column) => column.label)],
    ['合计', period, ...values(figures.total)],
    ...figures.months.map((row) => ['按月', row.month, ...values(row)]),
    ...figures.kinds.map((row) => ['按类型', row.label, ...values(row)]),
    ...figures.departments.map((row) => ['按承办部门', row.department, ...values(row)]),
  ])
}
