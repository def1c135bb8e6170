import type { CollectionBeforeChangeHook } from 'payload'
import { publicationProblem, reportTitle, reportYearProblem } from '@/features/annual-reports/rules'
import { refusal } from '@/platform/errors/refusal'

/**
 * The title and address follow the year (one report per year, at /open-government/annual-reports/<year>);
 * a report is published only with tables generated for its year, and its first publication is dated.
 */
export const deriveReportFields: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const year = data.year ?? originalDoc?.year
  const problem = reportYearProblem(year, new Date())
  if (problem) throw refusal(problem)
  const next = { ...data, title: reportTitle(year), slug: String(year) }
  if (data._status !== 'published') return next
  const unpublishable = publicationProblem(year, data.tables !== undefined ? data.tables : originalDoc?.tables)
  if (unpublishable) throw refusal(unpublishable)
  return { ...next, publishedAt: originalDoc?.publishedAt ?? data.publishedAt ?? new Date().toISOString() }
}
