import { formatNear, STATION_TYPES } from '@/features/stations/rules'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import type { StationFilters } from '@/features/stations/server/station-list-query'
import type { StationOptions } from '@/features/stations/server/station-search'

type Props = { script: Script; filters: StationFilters; options: StationOptions }

/**
 * A plain GET form: works without JavaScript, and the address can be bookmarked. Streets are
 * grouped under their area, so choosing one needs no script to narrow the list.
 */
export function StationFilterForm({ script, filters, options }: Props) {
  const t = textIn(script)
  return (
    <form className="filter-form" method="get" action="/stations" role="search" aria-label={t('查找服务网点')}>
      <div className="filter-form__field filter-form__field--wide">
        <label htmlFor="station-q">{t('名称、地址或电话')}</label>
        <input id="station-q" name="q" type="search" defaultValue={filters.q} maxLength={60} placeholder={t('如：春熙路、妇幼保健')} />
      </div>
      <div className="filter-form__field">
        <label htmlFor="station-district">{t('区（市）县')}</label>
        <select id="station-district" name="district" defaultValue={filters.district}>
          <option value="">{t('全部区（市）县')}</option>
          {options.districts.map((d) => (
            <option key={d.code} value={d.code}>
              {t(d.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-form__field">
        <label htmlFor="station-street">{t('街道（乡镇）')}</label>
        <select id="station-street" name="street" defaultValue={filters.street}>
          <option value="">{t('全部街道（乡镇）')}</option>
          {options.districts
            .filter((d) => d.streets.length > 0 && (!filters.district || d.code === filters.district))
            .map((d) => (
              <optgroup key={d.code} label={t(d.name)}>
                {d.streets.map((s) => (
                  <option key={s.code} value={s.code}>
                    {t(s.name)}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </div>
      <div className="filter-form__field">
        <label htmlFor="station-service">{t('服务项目')}</label>
        <select id="station-service" name="service" defaultValue={filters.service}>
          <option value="">{t('全部服务')}</option>
          {options.services.map((s) => (
            <option key={s.code} value={s.code}>
              {t(s.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-form__field">
        <label htmlFor="station-type">{t('网点类型')}</label>
        <select id="station-type" name="type" defaultValue={filters.type}>
          <option value="">{t('全部类型')}</option>
          {STATION_TYPES.map((type) => (
            <option key={type.value} value={type.value}>
              {t(type.label)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-form__field filter-form__check">
        <input id="station-open" name="open" type="checkbox" value="1" defaultChecked={filters.open} />
        <label htmlFor="station-open">{t('只看现在开放的')}</label>
      </div>
      {filters.near ? <input type="hidden" name="near" value={formatNear(filters.near)} /> : null}
      <div className="filter-form__actions">
        <button type="submit" className="button">
          {t('查找')}
        </button>
        <a href="/stations" className="filter-form__clear">
          {t('清除条件')}
        </a>
      </div>
    </form>
  )
}
