import { applicationTable, type ApplicationFacts } from './application-table'
import { proactiveDisclosureTable, type NoticeFacts } from './proactive-disclosure'
import type { ReportTable } from './report-table'

/** The tables generated from the site's data, as stored in the report and frozen when it is published. */
export type GeneratedTables = { year: number; generatedAt: string; proactive: ReportTable; applications: ReportTable }

export function generateTables(input: { year: number; notices: NoticeFacts[]; applications: ApplicationFacts[]; now: Date }): GeneratedTables {
  return {
    year: input.year,
    generatedAt: input.now.toISOString(),
    proactive: proactiveDisclosureTable(input.notices, input.year),
    applications: applicationTable(input.applications, input.year),
  }
}

const isTable = (value: unknown): value is ReportTable =>
  Boolean(value) && typeof value === 'object' && Array.isArray((value as ReportTable).rows) && Array.isArray((value as ReportTable).columns)

/** Stored tables as they must be to be shown, or null. */
export function readGeneratedTables(value: unknown): GeneratedTables | null {
  if (!value || typeof value !== 'object') return null
  const tables = value as Partial<GeneratedTables>
  if (typeof tables.year !== 'number' || typeof tables.generatedAt !== 'string' || !isTable(tables.proactive) || !isTable(tables.applications)) return null
  return tables as GeneratedTables
}

export const NOT_GENERATED = '请先点击“按本年数据生成表格”，核对表格后再提交审核和发布。'

/** Why a report may not be published as it stands, or undefined. */
export function publicationProblem(year: unknown, tables: unknown): string | undefined {
  const generated = readGeneratedTables(tables)
  if (!generated) return NOT_GENERATED
  if (generated.year !== year) return `表格是按 ${generated.year} 年的数据生成的，与报告年度 ${String(year)} 年不一致，请重新生成。`
  return undefined
}
