/**
 * A table of the annual report as it is stored and published: its labels travel with its
 * figures, so a published report reads the same even if the counting rules are relabelled later.
 */
export type ReportColumn = { label: string; /** A heading over several columns (法人或其他组织). */ group?: string }

/** `values` null: a heading row over the rows below it (三、本年度办理结果). `level` 1–3: 一、 （一） 1. */
export type ReportRow = { key: string; label: string; level: number; values: number[] | null; total?: boolean }

export type ReportTable = { key: string; caption: string; corner: string; columns: ReportColumn[]; rows: ReportRow[] }

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 一、 at level 1, （一） at level 2, 1. at level 3: the numbering of the national template. */
export function numbered(level: number, index: number, label: string): string {
  if (level === 1) return `${NUMERALS[index]}、${label}`
  if (level === 2) return `（${NUMERALS[index]}）${label}`
  return `${index + 1}. ${label}`
}

/** Column-wise sums of rows of figures. */
export function sumRows(rows: number[][], width: number): number[] {
  return Array.from({ length: width }, (_, column) => rows.reduce((sum, row) => sum + (row[column] ?? 0), 0))
}

/** A row's figures with their total appended. */
export const withTotal = (values: number[]) => [...values, values.reduce((sum, value) => sum + value, 0)]

/** The labels from the top of the table down to a row (for the CSV, where indentation is lost). */
export function rowPath(rows: ReportRow[], index: number): string {
  const path = [rows[index].label]
  let level = rows[index].level
  for (let i = index - 1; i >= 0 && level > 1; i--) {
    if (rows[i].level < level) {
      path.unshift(rows[i].label)
      level = rows[i].level
    }
  }
  return path.join(' / ')
}
