import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { PageSection } from '@/platform/site-shell/ui/PageSection'

type Station = {
  id: number | string
  name: string
  key: string
  address: string
  phones?: { number: string; label?: string | null }[] | null
  district?: unknown
  openState?: { open: boolean; label: string }
}

const districtName = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value && typeof value.name === 'string' ? value.name : ''

/** Where to get the service: published stations from the directory, open ones first, each linking to its page. */
type Props = { stations: Station[]; serviceNames: string[]; script: Script; headingId?: string; heading?: string }

export function StationsOffering({ stations, serviceNames, script, headingId = 'stations-title', heading = '到哪里获得服务' }: Props) {
  const t = textIn(script)
  return (
    <PageSection script={script} id={headingId} heading={heading}>
      {serviceNames.length > 0 ? <p>{t(`提供“${serviceNames.join('”“')}”的服务网点：`)}</p> : null}
      {stations.length > 0 ? (
        <ul className="station-links">
          {stations.map((station) => (
            <li key={station.id}>
              <a href={`/stations/${station.key}`}>{t(station.name)}</a>
              {station.openState ? (
                <span className={`open-state ${station.openState.open ? 'open-state--open' : 'open-state--closed'}`}>{t(station.openState.label)}</span>
              ) : null}
              <span className="station-links__meta">
                {districtName(station.district) ? `${t(districtName(station.district))} · ` : ''}
                {t(station.address)}
              </span>
              {station.phones?.[0] ? (
                <span className="station-links__meta">
                  {t('电话：')}
                  <a href={`tel:${station.phones[0].number.replace(/[^0-9+]/g, '')}`}>{station.phones[0].number}</a>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('暂无登记的服务网点，请拨打服务热线咨询。')}</p>
      )}
      <p>
        <a href="/stations">{t('查看全部服务网点')}</a>
      </p>
    </PageSection>
  )
}
