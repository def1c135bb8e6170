import { Pagination } from '@/platform/site-shell/ui/Pagination'
import { EventList } from '@/features/events/ui/EventList'
import { fixedPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { pastEvents, upcomingEvents } from '@/features/events/server/event-queries'
import { pageParam } from '@/platform/site-shell/list-params'
import { listPosition, withCursor } from '@/platform/content/rules/list-paging'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import '@/app/(frontend)/content.css'

export const generateMetadata = fixedPageMetadata({
  title: '近期活动',
  description: '“婚育新风进万家”等宣传服务活动的时间、地点和报名方式，可下载到手机日历。',
  path: '/events',
  section: 'outreach',
  types: { 'application/atom+xml': '/feeds/events.xml' },
})

export default async function EventsPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const query = await searchParams
  const position = listPosition(query, pageParam(query))
  const first = 'page' in position && position.page === 1
  const now = new Date()
  const [upcoming, past] = await Promise.all([first ? upcomingEvents(now) : Promise.resolve([]), pastEvents(now, position)])
  return (
    <>
      <Breadcrumbs script={script} trail={[{ href: '/outreach', label: '婚育新风' }, { label: '近期活动' }]} />
      <h1>{t('近期活动')}</h1>
      <p className="lead">{t('各区（市）县和服务网点举办的宣传、义诊和咨询活动。时间均为北京时间，活动一般免费参加。')}</p>
      {first ? (
        <PageSection script={script} id="upcoming-title" heading="即将举行">
          {upcoming.length > 0 ? (
            <EventList events={upcoming} script={script} />
          ) : (
            <p className="notice">{t('近期暂无已发布的活动，欢迎稍后再来查看。')}</p>
          )}
        </PageSection>
      ) : null}
      <PageSection script={script} id="past-title" heading="往期活动">
        {past.docs.length > 0 ? <EventList events={past.docs} script={script} past /> : <p>{t('暂无往期活动。')}</p>}
        <Pagination
          script={script}
          page={past.page}
          totalPages={past.totalPages}
          hrefFor={(n) => (n > 1 ? `/events?page=${n}` : '/events')}
          older={past.older && withCursor('/events', 'older', past.older)}
          newer={past.newer && withCursor('/events', 'newer', past.newer)}
        />
      </PageSection>
    </>
  )
}
