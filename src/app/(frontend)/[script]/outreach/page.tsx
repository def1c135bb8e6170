import { ListResults } from '@/platform/site-shell/ui/lists/ListResults'
import { listPosition, withCursor } from '@/platform/content/rules/list-paging'
import { OutreachListItem } from '@/features/outreach/ui/OutreachListItem'
import { TagFilterForm } from '@/features/outreach/ui/TagFilterForm'
import { tagLabel } from '@/platform/content/rules/content-tags'
import { sectionPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { outreachListHref, pageParam, tagParam } from '@/platform/site-shell/list-params'
import { listOutreach } from '@/features/outreach/server/outreach-queries'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'
import '@/app/(frontend)/content.css'

export const generateMetadata = sectionPageMetadata('outreach', {
  description: '“婚育新风进万家”活动动态、宣传故事和办事指引，可按优生优育、关爱女孩、男性参与、流动人口等主题查找。',
  types: { 'application/atom+xml': '/feeds/outreach.xml' },
})

export default async function OutreachPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const query = await searchParams
  const filters = { tag: tagParam(query), page: pageParam(query) }
  const result = await listOutreach(filters, listPosition(query, filters.page))
  const summary = filters.tag ? `主题“${tagLabel(filters.tag)}”：共 ${result.totalDocs} 篇` : `共 ${result.totalDocs} 篇`
  return (
    <>
      <Breadcrumbs script={script} trail={[{ label: '婚育新风' }]} />
      <h1>{t('婚育新风')}</h1>
      <p className="lead">{t('“婚育新风进万家”活动的宣传故事、办事与健康指引和活动通知。')}</p>
      <p>
        <a href="/events">{t('查看近期活动和报名方式')}</a>
      </p>
      <TagFilterForm script={script} tag={filters.tag} />
      <ListResults script={script} summary={summary} result={result} hrefFor={(page) => outreachListHref({ tag: filters.tag, page })}
        cursorHref={(direction, cursor) => withCursor(outreachListHref({ tag: filters.tag }), direction, cursor)}
      >
        {result.docs.length > 0 ? (
          <ol className="content-list">
            {result.docs.map((article) => (
              <OutreachListItem key={article.id} article={article} script={script} />
            ))}
          </ol>
        ) : (
          <div className="notice">
            <p>{t('这个主题下暂时没有文章。')}</p>
            <p>
              <a href="/outreach">{t('查看全部文章')}</a>
            </p>
          </div>
        )}
      </ListResults>
    </>
  )
}
