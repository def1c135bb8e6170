import { ArticleBody } from '@/features/outreach/ui/ArticleBody'
import { UsefulnessBox } from '@/features/usefulness/ui/UsefulnessBox'
import { safeHref } from '@/platform/content/rules/safe-href'
import { event as eventData } from '@/features/events/rules/structured-data'
import { serverUrl } from '@/platform/site-shell/server-url'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import { documentPage } from '@/platform/site-shell/document-page'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { getEventBySlug } from '@/features/events/server/event-queries'
import { beijingIso, eventTimeText } from '@/features/events/rules/event-time'
import { DocumentHeader } from '@/platform/site-shell/ui/DocumentHeader'
import '@/app/(frontend)/content.css'

type Props = PublicPageProps<{ slug: string }>

const page = documentPage('slug', getEventBySlug, (event) => ({
  title: event.title,
  description: event.summary,
  path: `/events/${event.slug}`,
  section: 'outreach',
}))

export const generateMetadata = page.metadata

const named = (value: unknown): { name?: string; key?: string } | null =>
  value && typeof value === 'object' ? (value as { name?: string; key?: string }) : null

export default async function EventPage({ params }: Props) {
  const { script, t, doc: event } = await page.open(params)
  const station = named(event.station)
  const district = named(event.district)
  const ended = new Date(event.endsAt ?? event.startsAt) < new Date()
  const registration = event.registration ?? {}
  const email = registration.email ? safeHref(`mailto:${registration.email}`) : undefined
  const settings = await getSiteSettings()
  const data = eventData({
    title: t(event.title),
    url: `${serverUrl()}/events/${event.slug}`,
    description: t(event.summary),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    place: t(event.place),
    organizer: t(settings.authorityName),
  })
  return (
    <article className="content-page">
      <DocumentHeader script={script} data={data} trail={[{ href: '/events', label: '近期活动' }]} title={event.title} doc={event} />
      {ended ? (
        <p className="banner" role="note">
          {t('本活动已经结束，以下内容供查阅。')}
        </p>
      ) : null}
      <dl className="event-facts">
        <div>
          <dt>{t('时间')}</dt>
          <dd>
            <time className="event-time" dateTime={beijingIso(event.startsAt)}>{eventTimeText(event.startsAt, event.endsAt)}</time>
            {t('（北京时间）')}
          </dd>
        </div>
        <div>
          <dt>{t('地点')}</dt>
          <dd>
            {t(event.place)}
            {district?.name ? `（${t(district.name)}）` : null}
          </dd>
        </div>
        {station?.key ? (
          <div>
            <dt>{t('举办网点')}</dt>
            <dd>
              <a href={`/stations/${station.key}`}>{t(station.name ?? '')}</a>
            </dd>
          </div>
        ) : null}
        {registration.note || registration.phone || registration.email ? (
          <div>
            <dt>{t('报名与咨询')}</dt>
            <dd>
              {registration.note ? <span className="event-facts__line">{t(registration.note)}</span> : null}
              {registration.contact ? <span className="event-facts__line">{t(`联系人：${registration.contact}`)}</span> : null}
              {registration.phone ? (
                <span className="event-facts__line">
                  {t('电话：')}
                  <a href={`tel:${registration.phone.replace(/[^0-9+]/g, '')}`}>{registration.phone}</a>
                </span>
              ) : null}
              {registration.email && email ? (
                <span className="event-facts__line">
                  {t('邮箱：')}
                  <a href={email}>{registration.email}</a>
                </span>
              ) : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {!ended ? (
        <p>
          <a className="button button--secondary" href={`/events/${event.slug}/event.ics`} download>
            {t('添加到日历（.ics 文件）')}
          </a>
        </p>
      ) : null}
      <ArticleBody script={script} article={event} body={event.description} back={{ href: '/events', label: '返回活动列表' }} />
      <UsefulnessBox path={`/events/${event.slug}`} script={script} />
    </article>
  )
}
