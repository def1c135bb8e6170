import { toCsv } from '@/platform/csv/csv'
import type { MessageFigures, OpenDataFigures } from './figures'

export { UTF8_BOM, csvField, toCsv, type CsvCell } from '@/platform/csv/csv'

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
