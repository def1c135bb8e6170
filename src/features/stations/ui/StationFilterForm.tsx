import { formatNear, STATION_TYPES } from '@/features/stations/rules'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { ClearFilters, FilterActions, FilterField, FilterFold, FilterForm, FilterSearch, FilterSelect } from '@/platform/site-shell/ui/FilterForm'
import { isFiltered, type StationFilters } from '@/features/stations/server/station-list-query'
import type { StationOptions } from '@/features/stations/server/station-search'

type Props = { script: Script; filters: StationFilters; options: StationOptions }

const byCode = (items: { code: string; name: string }[]) => items.map((item) => ({ value: item.code, label: item.name }))

/** What the reader chose, in words, for the folded form's summary. */
function chosen(filters: StationFilters, options: StationOptions): string[] {
  const district = options.districts.find((d) => d.code === filters.district)
  const street = options.districts.flatMap((d) => d.streets).find((s) => s.code === filters.street)
  return [
    filters.q ? `“${filters.q}”` : '',
    district?.name ?? '',
    street?.name ?? '',
    options.services.find((s) => s.code === filters.service)?.name ?? '',
    STATION_TYPES.find((type) => type.value === filters.type)?.label ?? '',
    filters.open ? '现在开放' : '',
  ].filter(Boolean)
}

/** Streets are grouped under their area, so choosing one needs no script to narrow the list. */
export function StationFilterForm({ script, filters, options }: Props) {
  const t = textIn(script)
  return (
    <FilterFold script={script} label="按地区、服务项目筛选" open={isFiltered(filters)} chosen={chosen(filters, options)}>
      <FilterForm script={script} action="/stations" label="查找服务网点">
        <FilterSearch script={script} id="station-q" label="名称、地址或电话" value={filters.q} maxLength={60} placeholder="如：春熙路、妇幼保健" />
        <FilterSelect script={script} id="station-district" name="district" label="区（市）县" all="全部区（市）县" value={filters.district} options={byCode(options.districts)} />
        <FilterField script={script} id="station-street" label="街道（乡镇）">
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
        </FilterField>
        <FilterSelect script={script} id="station-service" name="service" label="服务项目" all="全部服务" value={filters.service} options={byCode(options.services)} />
        <FilterSelect script={script} id="station-type" name="type" label="网点类型" all="全部类型" value={filters.type} options={STATION_TYPES} />
        <div className="filter-form__field filter-form__check">
          <input id="station-open" name="open" type="checkbox" value="1" defaultChecked={filters.open} />
          <label htmlFor="station-open">{t('只看现在开放的')}</label>
        </div>
        {filters.near ? <input type="hidden" name="near" value={formatNear(filters.near)} /> : null}
        <FilterActions script={script} submit="查找">
          <ClearFilters script={script} href="/stations" />
        </FilterActions>
      </FilterForm>
    </FilterFold>
  )
}
