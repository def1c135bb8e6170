import { listPublishedReports } from '@/features/annual-reports/server/report-queries'
import { fixedPageMetadata } from '@/platform/site-shell/page-metadata'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { readerScript } from '@/platform/site-shell/reader-script'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'
import { DayTime } from '@/platform/site-shell/ui/DayTime'
import '@/features/annual-reports/ui/annual-reports.css'

export const generateMetadata = fixedPageMetadata({
  title: '政府信息公开工作年度报告',
  description: '本机关历年政府信息公开工作年度报告：主动公开、依申请公开、行政复议和行政诉讼情况。',
  path: '/open-government/annual-reports',
  section: 'open-government',
})

/** 政府信息公开工作年度报告: every published year, newest first. */
export default async function AnnualReportsPage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const reports = await listPublishedReports()
  return (
    <div className="prose">
      <Breadcrumbs script={script} trail={[{ href: '/open-government', label: '政府信息公开' }, { label: '政府信息公开工作年度报告' }]} />
      <h1>{t('政府信息公开工作年度报告')}</h1>
      <p className="lead">{t('依照《中华人民共和国政府信息公开条例》第四十九条，我们每年 1 月 31 日前公布上一年度的政府信息公开工作年度报告。报告中的统计表格可以下载为 CSV 文件。')}</p>
      {reports.length > 0 ? (
        <ol className="report-list">
          {reports.map((report) => (
            <li key={report.id}>
              <a href={`/open-government/annual-reports/${report.slug}`}>{t(report.title ?? '')}</a>
              <p className="report-list__meta">
                {t('发布日期：')}
                <DayTime value={report.publishedAt ?? report.updatedAt} />
                {report.example ? t('（示例）') : null}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <div className="notice">
          <p>{t('年度报告尚未发布。')}</p>
        </div>
      )}
    </div>
  )
}
