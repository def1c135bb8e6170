import { getReportByYear } from '@/features/annual-reports/server/report-queries'
import { ReportParts } from '@/features/annual-reports/ui/ReportParts'
import { documentPage } from '@/platform/site-shell/document-page'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { DocumentHeader } from '@/platform/site-shell/ui/DocumentHeader'
import '@/app/(frontend)/content.css'
import '@/features/annual-reports/ui/annual-reports.css'

const TRAIL = [
  { href: '/open-government', label: '政府信息公开' },
  { href: '/open-government/annual-reports', label: '政府信息公开工作年度报告' },
]

const page = documentPage('year', getReportByYear, (report) => ({
  title: report.title ?? '',
  description: `本机关 ${report.year} 年政府信息公开工作情况：主动公开、依申请公开、行政复议和行政诉讼，以及存在的问题和改进措施。`,
  path: `/open-government/annual-reports/${report.slug}`,
  section: 'open-government',
  article: { title: report.title ?? '', publishedAt: report.publishedAt ?? report.updatedAt },
}))

export const generateMetadata = page.metadata

/** One year's 政府信息公开工作年度报告: the six parts of the national template, the tables also as CSV. */
export default async function AnnualReportPage({ params }: PublicPageProps<{ year: string }>) {
  const { script, t, doc: report } = await page.open(params)
  return (
    <article className="content-page">
      <DocumentHeader script={script} trail={TRAIL} title={report.title ?? ''} doc={report} />
      {report.example ? (
        <p className="notice" role="note">
          <strong>{t('示例')}</strong>
          {t('：本报告用来演示年度报告的样式，文字和数字未经核实，以本机关正式发布的报告为准。')}
        </p>
      ) : null}
      <ReportParts script={script} report={report} />
      <ul className="report-downloads">
        <li>
          <a href={`/open-government/annual-reports/${report.slug}/tables.csv`} download>
            {t('下载本报告的统计表格（CSV，UTF-8 编码）')}
          </a>
        </li>
        <li>
          <a href="/open-government/annual-reports">{t('查看历年年度报告')}</a>
        </li>
      </ul>
    </article>
  )
}
