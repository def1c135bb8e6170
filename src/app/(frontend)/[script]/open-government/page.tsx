import { listPublishedReports } from '@/features/annual-reports/server/report-queries'
import { DisclosureCatalogue } from '@/features/open-government-hub/ui/DisclosureCatalogue'
import { PolicyListItem } from '@/features/policies/ui/PolicyListItem'
import { latestInterpretations, policyFilterOptions } from '@/features/policies/server/policy-queries'
import { sectionPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { SECTIONS } from '@/platform/site-shell/sections'
import { LinkList } from '@/platform/site-shell/ui/lists/LinkList'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import '@/features/open-government-hub/ui/open-government.css'

export const generateMetadata = sectionPageMetadata('open-government', {
  description: '政府信息公开指南、公开目录、依申请公开、政策解读和政府信息公开工作年度报告。',
})

const TASKS = SECTIONS.find((section) => section.key === 'open-government')?.pages ?? []

export default async function OpenGovernmentPage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const [interpretations, options, reports] = await Promise.all([latestInterpretations(10), policyFilterOptions(), listPublishedReports()])
  return (
    <div className="prose">
      <h1>{t('政府信息公开')}</h1>
      <p className="lead">
        {t('依照《中华人民共和国政府信息公开条例》，我们主动公开本机关的政府信息；没有公开的，您可以申请公开，不收取费用。')}
      </p>
      <LinkList script={script} links={TASKS} className="task-list" linkClassName="task-list__link" label="政府信息公开" />
      <PageSection script={script} id="catalogue-title" heading="政府信息公开目录">
        <DisclosureCatalogue script={script} years={options.years} />
      </PageSection>
      <PageSection script={script} id="interpretations-title" heading="政策解读">
        {interpretations.docs.length > 0 ? (
          <ol className="policy-list">
            {interpretations.docs.map((policy) => (
              <PolicyListItem key={policy.id} policy={policy} script={script} />
            ))}
          </ol>
        ) : (
          <p>{t('暂无政策解读。')}</p>
        )}
        {interpretations.totalDocs > interpretations.docs.length ? (
          <p>{t(`共 ${interpretations.totalDocs} 篇政策解读，更多请在公开目录中查阅。`)}</p>
        ) : null}
      </PageSection>
      <PageSection script={script} id="reports-title" heading="政府信息公开工作年度报告">
        {reports.length > 0 ? (
          <ul className="catalogue-links">
            {reports.slice(0, 5).map((report) => (
              <li key={report.id}>
                <a href={`/open-government/annual-reports/${report.slug}`}>{t(report.title ?? '')}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('年度报告尚未发布。')}</p>
        )}
        <p>
          <a href="/open-government/annual-reports">{t('历年年度报告')}</a>
        </p>
      </PageSection>
      <PageSection script={script} id="apply-title" heading="依申请公开">
        <p>{t('没有主动公开的政府信息，公民、法人或者其他组织可以向我们申请获取，无需说明用途。我们自收到申请之日起 20 个工作日内答复。')}</p>
        <p>
          <a href="/open-government/apply">{t('在线提交政府信息公开申请')}</a>
        </p>
      </PageSection>
    </div>
  )
}
