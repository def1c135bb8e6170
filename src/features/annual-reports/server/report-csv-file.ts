import { readGeneratedTables, remediesTable, reportCsv } from '@/features/annual-reports/rules'
import { getReportByYear } from './report-queries'

/** The published report's tables as a CSV file, or null when that year has no published report (or no tables). */
export async function publishedReportCsv(year: string): Promise<{ filename: string; body: string } | null> {
  const report = await getReportByYear(year)
  const tables = readGeneratedTables(report?.tables)
  if (!report || !tables) return null
  const body = reportCsv(report.title ?? '', tables.generatedAt, [tables.proactive, tables.applications, remediesTable(report.remedies)])
  return { filename: `open-government-report-${report.year}.csv`, body }
}
