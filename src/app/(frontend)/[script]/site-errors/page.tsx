import crypto from 'node:crypto'
import { ERROR_REPORT_WORKING_DAYS, reportedPage } from '@/features/site-errors/rules'
import { submitErrorReportAction } from '@/features/site-errors/server/submit-action'
import { ErrorReportForm } from '@/features/site-errors/ui/ErrorReportForm'
import { ERROR_REPORT_TEXT } from '@/features/site-errors/ui/error-report-text'
import { fixedPageMetadata } from '@/platform/site-shell/page-metadata'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { readerScript } from '@/platform/site-shell/reader-script'

export const generateMetadata = fixedPageMetadata({
  title: '网站找错',
  description: `发现本网站有错别字、链接失效、信息过期或无法使用的地方，请告诉我们，${ERROR_REPORT_WORKING_DAYS} 个工作日内处理。`,
  path: '/site-errors',
})

/** 我为政府网站找错, reached from every page's footer with that page's address (`?page=`). */
export default async function SiteErrorsPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const pageUrl = reportedPage((await searchParams).page)
  const text = Object.fromEntries(Object.entries(ERROR_REPORT_TEXT).map(([key, value]) => [key, t(value)])) as typeof ERROR_REPORT_TEXT
  return (
    <div className="prose">
      <h1>{t('网站找错')}</h1>
      <p className="lead">{t('发现本网站有错别字、链接打不开、信息过期或页面无法使用，请告诉我们。')}</p>
      <p>{t('咨询、投诉或建议请到')} <a href="/feedback">{t('互动交流')}</a>{t('；本表只用于报告网站本身的问题。')}</p>
      <ErrorReportForm
        action={submitErrorReportAction}
        script={script}
        token={crypto.randomUUID()}
        pageUrl={pageUrl}
        dueHint={t(`我们在收到后 ${ERROR_REPORT_WORKING_DAYS} 个工作日内核实处理（节假日不计）。`)}
        text={text}
      />
    </div>
  )
}
