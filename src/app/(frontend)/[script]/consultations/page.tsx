import { ListResults } from '@/platform/site-shell/ui/lists/ListResults'
import { ConsultationListItem } from '@/features/consultations/ui/ConsultationListItem'
import { listConsultations, type ListedPhase } from '@/features/consultations/server/consultation-queries'
import { sectionPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { consultationListHref, pageParam } from '@/platform/site-shell/list-params'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'
import '@/app/(frontend)/content.css'

export const generateMetadata = sectionPageMetadata('consultations', {
  description: '政策文件起草时公开征求意见：正在征求意见的草案、在线提交意见，以及已结束的征求意见和意见采纳情况。',
  types: { 'application/atom+xml': '/feeds/consultations.xml' },
})

const TABS: { status: ListedPhase; label: string }[] = [
  { status: 'open', label: '正在征求意见' },
  { status: 'closed', label: '已结束' },
]

export default async function ConsultationsPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const query = await searchParams
  const status: ListedPhase = query.status === 'closed' ? 'closed' : 'open'
  const page = pageParam(query)
  const result = await listConsultations(status, page)
  const now = new Date()
  return (
    <>
      <Breadcrumbs script={script} trail={[{ label: '征求意见' }]} />
      <h1>{t('征求意见')}</h1>
      <p className="lead">{t('规范性文件起草时，我们公开征求意见稿，一般不少于 30 日。任何人都可以提交意见，可以不留姓名；截止后我们公布收到多少意见、哪些采纳、哪些未采纳及理由。')}</p>
      <nav aria-label={t('按状态查看')}>
        <ul className="status-tabs">
          {TABS.map((tab) => (
            <li key={tab.status}>
              <a href={consultationListHref({ status: tab.status })} aria-current={tab.status === status ? 'page' : undefined}>
                {t(tab.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ListResults script={script} summary={`${status === 'open' ? '正在征求意见' : '已结束'}：共 ${result.totalDocs} 项`} result={result} hrefFor={(p) => consultationListHref({ status, page: p })}>
        {result.docs.length > 0 ? (
          <ol className="content-list">
            {result.docs.map((item) => (
              <ConsultationListItem key={item.id} item={item} script={script} now={now} />
            ))}
          </ol>
        ) : (
          <div className="notice">
            <p>{t(status === 'open' ? '目前没有正在征求意见的文件。' : '还没有已结束的征求意见。')}</p>
          </div>
        )}
      </ListResults>
    </>
  )
}
