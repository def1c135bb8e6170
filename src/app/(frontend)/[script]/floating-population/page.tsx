import { HotlineBox } from '@/platform/site-shell/ui/HotlineBox'
import { EventListItem } from '@/features/events/ui/EventListItem'
import { StationsOffering } from '@/features/health/ui/StationsOffering'
import { FLOATING_POPULATION_TAG } from '@/platform/content/rules/content-tags'
import { fixedPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { upcomingEvents } from '@/features/events/server/event-queries'
import { formatDay } from '@/platform/site-shell/format-date'
import { healthTopicsTagged, serviceByCode, stationsOffering } from '@/features/health/server/health-queries'
import { outreachTagged } from '@/features/outreach/server/outreach-queries'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'
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
      <section aria-labelledby="fp-guides-title">
        <h2 id="fp-guides-title">{t('办事指引与所需材料')}</h2>
        {articles.length > 0 ? (
          <ul className="content-list">
            {articles.map((article) => (
              <li key={article.id} className="content-item">
                <div>
                  <h3 className="content-item__title">
                    <a href={`/outreach/${article.slug}`}>{t(article.title)}</a>
                  </h3>
                  {article.publishedAt ? (
                    <p className="content-item__meta">
                      <time dateTime={formatDay(article.publishedAt)}>{formatDay(article.publishedAt)}</time>
                    </p>
                  ) : null}
                  <p>{t(article.summary)}</p>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('指引正在整理中，可先拨打下方热线咨询。')}</p>
        )}
      </section>
      <section aria-labelledby="fp-health-title">
        <h2 id="fp-health-title">{t('健康知识')}</h2>
        {topics.length > 0 ? (
          <ul className="content-list">
            {topics.map((topic) => (
              <li key={topic.id} className="content-item">
                <div>
                  <h3 className="content-item__title">
                    <a href={`/health/${topic.slug}`}>{t(topic.title)}</a>
                  </h3>
                  <p>{t(topic.summary)}</p>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <a href="/health">{t('查看全部健康知识')}</a>
          </p>
        )}
      </section>
      <section aria-labelledby="fp-events-title">
        <h2 id="fp-events-title">{t('近期面向流动人口的活动')}</h2>
        {events.length > 0 ? (
          <ol className="content-list">
            {events.map((event) => (
              <EventListItem key={event.id} event={event} script={script} />
            ))}
          </ol>
        ) : (
          <p>{t('近期暂无专门活动。')}</p>
        )}
        <p>
          <a href="/events">{t('查看全部活动')}</a>
        </p>
      </section>
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
