import { publishedReportCsv } from '@/features/annual-reports/server/report-csv-file'

// Outside [script]: the proxy leaves addresses with a file extension alone. Read as a visitor
// (drafts answer 404), from the tables frozen in the published report.
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const file = await publishedReportCsv((await params).year)
  if (!file) return new Response('没有这一年度已发布的政府信息公开工作年度报告。', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' } })
  return new Response(file.body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
