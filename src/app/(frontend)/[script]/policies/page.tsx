import { ListResults } from '@/platform/site-shell/ui/lists/ListResults'
import { PolicyFilterForm } from '@/features/policies/ui/PolicyFilterForm'
import { PolicyListItem } from '@/features/policies/ui/PolicyListItem'
import { sectionPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { parsePolicyFilters, policyListHref } from '@/features/policies/server/policy-list-query'
import { listPolicies, policyFilterOptions } from '@/features/policies/server/policy-queries'
import { listPosition, withCursor } from '@/platform/content/rules/list-paging'

export const generateMetadata = sectionPageMetadata('policies', {
  description: '人口与计划生育法规、规章和规范性文件及政策解读，可按年份、主题、发文机关和有效性查找。',
  types: { 'application/atom+xml': '/feeds/policies.xml' },
})

export default async function PoliciesPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const query = await searchParams
  const filters = parsePolicyFilters(query)
  const [result, options] = await Promise.all([listPolicies(filters, listPosition(query, filters.page)), policyFilterOptions()])
  const filtered = Boolean(filters.q || filters.year || filters.topic || filters.authority || filters.validity)
  const summary = filtered ? `找到 ${result.totalDocs} 件符合条件的文件` : `共 ${result.totalDocs} 件文件`
  return (
    <>
      <h1>{t('政策文件')}</h1>
      <p className="lead">
        {t('本市人口与计划生育方面的法规、规章、规范性文件和政策解读。已修订或废止的文件仍然保留，并注明替代它的文件。')}
      </p>
      <PolicyFilterForm script={script} filters={filters} years={options.years} authorities={options.authorities} />
      <ListResults script={script} summary={summary} result={result} hrefFor={(page) => policyListHref(filters, { page })}
        cursorHref={(direction, cursor) => withCursor(policyListHref(filters, { page: 1 }), direction, cursor)}
      >
        {result.docs.length > 0 ? (
          <ol className="policy-list">
            {result.docs.map((policy) => (
              <PolicyListItem key={policy.id} policy={policy} script={script} />
            ))}
          </ol>
        ) : (
          <div className="notice">
            <p>{t('没有找到符合条件的文件。可以减少筛选条件，或换一个关键词再试。')}</p>
            <p>
              {t('也可以')} <a href="/feedback">{t('在线咨询')}</a>
              {t('，或拨打')} <a href="tel:12320">12320</a>。
            </p>
          </div>
        )}
      </ListResults>
      <p className="feed-link">
        <a href="/feeds/policies.xml" type="application/atom+xml">
          {t('订阅新发布的文件（Atom）')}
        </a>
      </p>
    </>
  )
}
