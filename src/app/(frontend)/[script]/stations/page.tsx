import { ListResults } from '@/platform/site-shell/ui/lists/ListResults'
import { NearMeButton } from '@/features/stations/ui/NearMeButton'
import { StationFilterForm } from '@/features/stations/ui/StationFilterForm'
import { StationListItem } from '@/features/stations/ui/StationListItem'
import { sectionPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { isFiltered, parseStationFilters, stationListHref } from '@/features/stations/server/station-list-query'
import { listStations, stationFilterOptions } from '@/features/stations/server/station-queries'
import '@/features/stations/ui/stations.css'

export const generateMetadata = sectionPageMetadata('stations', {
  description: '全市计划生育服务站（所、室）、合作医院和艾滋病自愿咨询检测点：按区（市）县、街道、服务项目查找，查看开放时间和电话。',
  types: { 'application/json': '/stations.json', 'application/geo+json': '/stations.geojson' },
})

export default async function StationsPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const options = await stationFilterOptions()
  const filters = parseStationFilters(await searchParams, options)
  const result = await listStations(filters)
  const filtered = isFiltered(filters)
  const summary = filtered ? `找到 ${result.totalDocs} 个符合条件的网点` : `共 ${result.totalDocs} 个网点`
  return (
    <>
      <h1>{t('服务网点')}</h1>
      <p className="lead">
        {t('免费避孕药具、孕前优生健康检查、艾滋病咨询检测和生育登记等服务，可以在离您最近的网点办理。流动人口与户籍人口同等享受。')}
      </p>
      {filters.near ? (
        <p className="notice" role="note">
          {t('已按与您所在位置的距离排序（距离为直线距离）。')} <a href={stationListHref(filters, { near: null, page: 1 })}>{t('不按距离排序')}</a>
        </p>
      ) : (
        <NearMeButton
          text={{
            button: t('按距离排序（使用我的位置）'),
            locating: t('正在获取您的位置…'),
            denied: t('没有获得定位权限。您可以在下面的筛选条件中选择所在的区（市）县或街道来查找附近的网点。'),
            unavailable: t('暂时无法获取您的位置。您可以在下面的筛选条件中选择所在的区（市）县或街道来查找附近的网点。'),
            outside: t('您当前的位置不在成都市范围内，请在下面的筛选条件中选择区（市）县或街道查找。'),
            privacy: t('只使用您的大致位置（约 100 米范围），仅用于这一次排序。'),
          }}
        />
      )}
      <StationFilterForm script={script} filters={filters} options={options} />
      <ListResults script={script} summary={summary} result={result} hrefFor={(page) => stationListHref(filters, { page })}>
        {result.items.length > 0 ? (
          <ol className="station-list">
            {result.items.map((item) => (
              <StationListItem key={item.station.id} item={item} script={script} />
            ))}
          </ol>
        ) : (
          <div className="notice">
            <p>{t('没有找到符合条件的网点。可以减少筛选条件，或取消“只看现在开放的”再试。')}</p>
            <p>
              {t('也可以拨打')} <a href="tel:12320">12320</a> {t('咨询，或')} <a href="/feedback">{t('在线咨询')}</a>。
            </p>
          </div>
        )}
      </ListResults>
      <p className="feed-link">
        {t('下载网点名录：')}
        <a href="/stations.json" type="application/json">
          JSON
        </a>
        {' · '}
        <a href="/stations.geojson" type="application/geo+json">
          GeoJSON
        </a>
      </p>
    </>
  )
}
