import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'
import { cache } from 'react'
import type { StationFilters } from './station-list-query'
import { allPublishedStations, findStationByKey, loadStationOptions, searchStations } from './station-search'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'

/** Areas, streets and services for the filter form: they change rarely, so five minutes of cache. */
export const stationFilterOptions = unstable_cache(async () => loadStationOptions(await getPayload({ config })), ['station-filter-options'], {
  revalidate: 300,
})

export const listStations = cache(async (filters: StationFilters) => {
  const payload = await getPayload({ config })
  return searchStations(payload, filters, await stationFilterOptions())
})

export const getStationByKey = cache(async (key: string, reader: PageReader = VISITOR) => findStationByKey(await getPayload({ config }), key, reader))

export const publishedStations = cache(async () => allPublishedStations(await getPayload({ config })))

export const publishedStationKeys = cache(async (limit = 10_000) => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: 'service-stations',
    where: listedWhere(),
    sort: 'listOrder',
    limit,
    depth: 0,
    pagination: false,
    select: { key: true, updatedAt: true },
    overrideAccess: false,
    user: null,
  })
  return result.docs
})
