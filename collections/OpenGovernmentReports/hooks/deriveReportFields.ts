import type { CollectionBeforeChangeHook, Where } from 'payload'
import { publicationProblem, reportTitle, reportYearProblem } from '@/features/annual-reports/rules'
import { refusal } from '@/platform/errors/refusal'

/**
 * The title and address follow the year (one report per year, at /open-government/annual-reports/<year>);
 * a report is published only with tables generated for its year, and its first publication is dated.
 */
export const deriveReportFields: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const year = data.year ?? originalDoc?.year
  const problem = reportYearProblem(year, new Date())
  if (problem) throw refusal(problem)
  if (year !== originalDoc?.year) {
    const where: Where = { and: [{ year: { equals: year } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] }
    if ((await req.payload.count({ collection: 'open-government-reports', where, overrideAccess: true, req })).totalDocs > 0) {
      throw refusal(`${year} 年的年度报告已经存在：每个年度只有一份报告，请打开那一份修改。`)
    }
  }
  const next = { ...data, title: reportTitle(year), slug: String(year) }
  if (data._status !== 'published') return next
  const unpublishable = publicationProblem(year, data.tables !== undefined ? data.tables : originalDoc?.tables)
  if (unpublishable) throw refusal(unpublishable)
  return { ...next, publishedAt: originalDoc?.publishedAt ?? data.publishedAt ?? new Date().toISOString() }
}
