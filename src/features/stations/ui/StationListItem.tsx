import { formatDistance, stationTypeLabel, telHref } from '@/features/stations/rules'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import type { StationListItem as Item } from '@/features/stations/server/station-search'

const nameOf = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String(value.name) : '')

export function StationListItem({ item, script }: { item: Item; script: Script }) {
  const t = textIn(script)
  const { station, state, metres } = item
  const area = [nameOf(station.district), nameOf(station.street)].filter(Boolean).join(' ')
  const services = (station.services ?? []).map(nameOf).filter(Boolean)
  return (
    <li className="station-item">
      <h2 className="station-item__name">
        <a href={`/stations/${station.key}`}>{t(station.name)}</a>
      </h2>
      <p className="station-item__meta">
        <span className="tag">{t(stationTypeLabel(station.type))}</span>
        <span>{t(area)}</span>
        {metres !== null ? <span className="station-item__distance">{t(`距离约 ${formatDistance(metres)}`)}</span> : null}
      </p>
      <p className={`open-state ${state.open ? 'open-state--open' : 'open-state--closed'}`}>{t(state.label)}</p>
      <dl className="station-item__details">
        <dt>{t('地址')}</dt>
        <dd>{t(station.address)}</dd>
        {station.phones?.length ? (
          <>
            <dt>{t('电话')}</dt>
            <dd>
              {station.phones.map((phone, i) => {
                const href = telHref(phone.number)
                return (
                  <span key={phone.id ?? i} className="station-phone">
                    {href ? <a href={href}>{phone.number}</a> : phone.number}
                  </span>
                )
              })}
            </dd>
          </>
        ) : null}
        {services.length ? (
          <>
            <dt>{t('服务')}</dt>
            <dd>{t(services.join('、'))}</dd>
          </>
        ) : null}
      </dl>
    </li>
  )
}
