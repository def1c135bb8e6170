import { HoursTable } from '@/features/stations/ui/HoursTable'
import { StationMap } from '@/features/stations/ui/StationMap'
import { directionsHref, openState, stationTypeLabel, telHref, WEEKDAY_LABELS } from '@/features/stations/rules'
import { station as stationData } from '@/features/stations/rules/structured-data'
import { serverUrl } from '@/platform/site-shell/server-url'
import { documentPage } from '@/platform/site-shell/document-page'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { formatDay, formatDayChinese, formatDayTime } from '@/platform/site-shell/format-date'
import { mapSettings } from '@/features/stations/server/map-config'
import { getStationByKey } from '@/features/stations/server/station-queries'
import { openingHoursOf } from '@/features/stations/rules/station-hours'
import { DocumentHeader } from '@/platform/site-shell/ui/DocumentHeader'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import '@/features/stations/ui/stations.css'

type Props = PublicPageProps<{ key: string }>

const nameOf = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String(value.name) : '')

const page = documentPage('key', getStationByKey, (station) => ({
  title: station.name,
  description: `${stationTypeLabel(station.type)}，地址：${station.address}。开放时间、电话和服务项目。`,
  path: `/stations/${station.key}`,
  section: 'stations',
  article: { title: station.name, publishedAt: station.updatedAt },
}))

export const generateMetadata = page.metadata

export default async function StationPage({ params }: Props) {
  const { script, t, doc: station } = await page.open(params)
  const now = new Date()
  const today = formatDay(now)
  const weekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1
  const hours = openingHoursOf(station)
  const state = openState(hours, now)
  const upcoming = hours.exceptions.filter((e) => e.date >= today).sort((a, b) => a.date.localeCompare(b.date))
  const map = mapSettings()
  const directions = map.directionsTemplate ? directionsHref(map.directionsTemplate, station) : null
  const services = (station.services ?? []).filter((s) => typeof s === 'object')
  const area = [nameOf(station.district), nameOf(station.street)].filter(Boolean).join(' ')

  const data = stationData({
    name: t(station.name),
    url: `${serverUrl()}/stations/${station.key}`,
    address: t(station.address),
    telephone: (station.phones ?? []).map((phone) => phone.number),
    lat: station.lat,
    lng: station.lng,
    hours,
    // Service points where residents are examined or tested; an office counter is a plain Place.
    clinic: station.type !== 'community-room',
    district: nameOf(station.district) ? t(nameOf(station.district)) : null,
  })
  return (
    <article className="station">
      <DocumentHeader script={script} data={data} trail={[{ href: '/stations', label: '服务网点' }]} title={station.name} doc={station} />
      <p className="station-item__meta">
        <span className="tag">{t(stationTypeLabel(station.type))}</span>
        <span>{t(area)}</span>
      </p>

      <div className={`station-status ${state.open ? 'station-status--open' : 'station-status--closed'}`}>
        <p className="station-status__state">{t(state.label)}</p>
        <p className="station-status__when">{t(`按北京时间 ${formatDayTime(now).slice(11)} 计算`)}</p>
      </div>

      <PageSection script={script} id="contact-title" heading="地址和电话">
        <dl className="station-contact">
          <dt>{t('地址')}</dt>
          <dd>
            {t(station.address)}
            {directions ? (
              <>
                <br />
                <a href={directions} rel="noopener noreferrer external" target="_blank" className="station-directions">
                  {t(`在${map.directionsName}中查看位置和路线（新窗口打开，将离开本站）`)}
                </a>
              </>
            ) : null}
          </dd>
          {station.phones?.length ? (
            <>
              <dt>{t('电话')}</dt>
              <dd>
                <ul className="station-phones">
                  {station.phones.map((phone, i) => {
                    const href = telHref(phone.number)
                    return (
                      <li key={phone.id ?? i}>
                        {href ? <a href={href}>{phone.number}</a> : phone.number}
                        {phone.label ? `（${t(phone.label)}）` : ''}
                      </li>
                    )
                  })}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </PageSection>

      {map.tileUrl ? (
        <StationMap
          lat={station.lat}
          lng={station.lng}
          name={station.name}
          tileUrl={map.tileUrl}
          attribution={map.tileAttribution}
          label={t(`${station.name}的位置地图`)}
        />
      ) : null}

      <PageSection script={script} id="hours-title" heading="开放时间">
        <HoursTable hours={hours} script={script} today={weekday} />
        <p>
          {hours.closedOnPublicHolidays
            ? t(`法定节假日休息；调休上班日按${WEEKDAY_LABELS[hours.makeUpWorkdaysFollow ?? 1]}的时间开放。`)
            : t('法定节假日照常开放。')}
        </p>
        {upcoming.length ? (
          <>
            <h3>{t('近期特殊安排')}</h3>
            <ul className="station-exceptions">
              {upcoming.map((e) => (
                <li key={e.date}>
                  <time dateTime={e.date}>{formatDayChinese(`${e.date}T04:00:00Z`)}</time>
                  {e.date === today ? t('（今天）') : ''}：
                  {e.closed === true ? t('休息') : e.slots.map((s) => `${s.opens}–${s.closes}`).join('，')}
                  {e.note ? t(`（${e.note}）`) : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </PageSection>

      {services.length ? (
        <PageSection script={script} id="services-title" heading="服务项目">
          <dl className="station-services">
            {services.map((service) =>
              typeof service === 'object' ? (
                <div key={service.id}>
                  <dt>{t(service.name)}</dt>
                  {service.summary ? <dd>{t(service.summary)}</dd> : null}
                </div>
              ) : null,
            )}
          </dl>
        </PageSection>
      ) : null}

      {station.accessibility ? (
        <PageSection script={script} id="access-title" heading="无障碍与到达">
          <p className="station-access">{t(station.accessibility)}</p>
        </PageSection>
      ) : null}

      <p className="station-verified">
        {t('以上信息核实于')} <time dateTime={formatDay(station.lastVerifiedAt)}>{formatDayChinese(station.lastVerifiedAt)}</time>
        {t('。出发前建议先打电话确认。信息有误？')}
        <a href={`/feedback/new?about=station:${station.key}`}>{t('请告诉我们')}</a>
      </p>
    </article>
  )
}
