import { toCsv, type CsvCell } from '@/platform/csv/csv'
import { beijingDateTime } from '@/platform/site-shell/rules/structured-data'
import { rowPath, type ReportTable } from './report-table'

/** One table as lines: its caption, its column headings (with their group), one line per row of figures. */
function tableLines(table: ReportTable): CsvCell[][] {
  const heading = [table.corner, ...table.columns.map((column) => (column.group ? `${column.group}：${column.label}` : column.label))]
  const rows = table.rows.flatMap((row, index) => (row.values ? [[rowPath(table.rows, index), ...row.values]] : []))
  return [[table.caption], heading, ...rows]
}

/** The report's tables as one CSV file (UTF-8 with BOM, Chinese headings), a blank line between tables. */
export function reportCsv(title: string, generatedAt: string, tables: ReportTable[]): string {
  const when = beijingDateTime(generatedAt).slice(0, 16).replace('T', ' ')
  const lines: CsvCell[][] = [[title], [`统计表格生成于 ${when}（北京时间）`]]
  for (const table of tables) lines.push([], ...tableLines(table))
  return toCsv(lines)
}
