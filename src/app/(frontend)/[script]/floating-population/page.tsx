import { HotlineBox } from '@/platform/site-shell/ui/HotlineBox'
import { EventList } from '@/features/events/ui/EventList'
import { HealthTopicList } from '@/features/health/ui/HealthTopicList'
import { StationsOffering } from '@/features/health/ui/StationsOffering'
import { FLOATING_POPULATION_TAG } from '@/platform/content/rules/content-tags'
import { fixedPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { upcomingEvents } from '@/features/events/server/event-queries'
import { healthTopicsTagged, serviceByCode, stationsOffering } from '@/features/health/server/health-queries'
import { outreachTagged } from '@/features/outreach/server/outreach-queries'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { SummaryList } from '@/platform/site-shell/ui/lists/SummaryList'
import '@/app/(frontend)/content.css'

/** The station service of the directory that is offered to people who moved to the city. */
const FLOATING_POPULATION_SERVICE = 'floating-population'
const FOUNDING_NOTICE = '/policies/chengbanfa-2004-5'
const STATIONS_SHOWN = 12

export const generateMetadata = fixedPageMetadata({
  title: '流动人口服务指南',
  description: '来蓉居住的流动人口与户籍人口享有同等的计划生育和生殖健康服务：能办什么、到哪里办、需要哪些材料。',
  path: '/floating-population',
})

export default async function FloatingPopulationPage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const [articles, topics, events, service, settings] = await Promise.all([
    outreachTagged(FLOATING_POPULATION_TAG),
    healthTopicsTagged(FLOATING_POPULATION_TAG),
    upcomingEvents(new Date(), FLOATING_POPULATION_TAG, 10),
    serviceByCode(FLOATING_POPULATION_SERVICE),
    getSiteSettings(),
  ])
  const stations = service ? await stationsOffering([service.id], STATIONS_SHOWN) : []
  const guides = articles.map((article) => ({
    id: article.id,
    href: `/outreach/${article.slug}`,
    title: article.title,
    summary: article.summary,
    date: article.publishedAt,
  }))
  return (
    <>
      <Breadcrumbs script={script} trail={[{ label: '流动人口服务指南' }]} />
      <h1>{t('流动人口服务指南')}</h1>
      <p className="lead">
        {t('从外地来成都工作、生活的朋友，在居住地享有与户籍居民同等的计划生育和生殖健康服务。本页汇集您可能需要的服务、办理地点和相关材料。')}
      </p>
      <div className="notice">
        <p>
          {t('成都市人民政府办公厅《关于实施创建计划生育优质服务先进县（市、区）工程的通知》（成办发〔2004〕5号）要求：为流动人口提供优质的计划生育管理服务，')}
          <strong>{t('实现与常住人口同管理、同服务')}</strong>
          {t('；为流动育龄群众提供避孕药具和基本的生殖健康技术服务。')}
        </p>
        <p>
          <a href={FOUNDING_NOTICE}>{t('阅读通知全文')}</a>
        </p>
      </div>
      <PageSection script={script} id="fp-guides-title" heading="办事指引与所需材料">
        {guides.length > 0 ? <SummaryList script={script} items={guides} /> : <p>{t('指引正在整理中，可先拨打下方热线咨询。')}</p>}
      </PageSection>
      <PageSection script={script} id="fp-health-title" heading="健康知识">
        {topics.length > 0 ? (
          <HealthTopicList topics={topics} script={script} />
        ) : (
          <p>
            <a href="/health">{t('查看全部健康知识')}</a>
          </p>
        )}
      </PageSection>
      <PageSection script={script} id="fp-events-title" heading="近期面向流动人口的活动">
        {events.length > 0 ? <EventList events={events} script={script} /> : <p>{t('近期暂无专门活动。')}</p>}
        <p>
          <a href="/events">{t('查看全部活动')}</a>
        </p>
      </PageSection>
      {service ? (
        <>
          <StationsOffering stations={stations} serviceNames={[service.name]} script={script} headingId="fp-stations-title" />
          <p>
            <a href={`/stations?service=${FLOATING_POPULATION_SERVICE}`}>{t(`按区（市）县查找全部提供“${service.name}”的网点`)}</a>
          </p>
        </>
      ) : null}
      <HotlineBox script={script} hotlines={settings.hotlines ?? []} />
    </>
  )
}
