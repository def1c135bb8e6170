import { withTotal, type ReportTable } from './report-table'

/** The cases of 政府信息公开行政复议、行政诉讼情况, as staff enter them (the template's column groups). */
export const REMEDY_CASES = [
  { key: 'reconsideration', label: '行政复议' },
  { key: 'litigationDirect', label: '行政诉讼（未经复议直接起诉）' },
  { key: 'litigationAfterReconsideration', label: '行政诉讼（复议后起诉）' },
] as const

export const REMEDY_RESULTS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
] as const

export type RemedyCase = (typeof REMEDY_CASES)[number]['key']
export type RemedyResult = (typeof REMEDY_RESULTS)[number]['key']
export type RemedyFigures = Partial<Record<RemedyCase, Partial<Record<RemedyResult, number | null>> | null>>

/** Why a count entered by staff is refused, or undefined: a whole number, nought or more. */
export function remedyCountProblem(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100_000 ? undefined : '请填写 0 或正整数（件数）。'
}

/**
 * The reconsideration and litigation cases, one row per kind of case (the template lays the same
 * figures out in one wide row; a row per case reads at 360 px), each with its 总计.
 */
export function remediesTable(figures: RemedyFigures | null | undefined): ReportTable {
  return {
    key: 'remedies',
    caption: '政府信息公开行政复议、行政诉讼情况',
    corner: '类别',
    columns: [...REMEDY_RESULTS.map((result) => ({ label: result.label })), { label: '总计' }],
    rows: REMEDY_CASES.map((remedy) => ({
      key: remedy.key,
      label: remedy.label,
      level: 1,
      values: withTotal(REMEDY_RESULTS.map((result) => Number(figures?.[remedy.key]?.[result.key] ?? 0) || 0)),
    })),
  }
}
