import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'
import { isSharedListing, type StationFilters } from './station-list-query'
import { allPublishedStations, findStationByKey, loadStationOptions, searchStations, withOpenStates } from './station-search'
import { cachedForVisitors } from '@/platform/cache/visitor-data'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'

const DIRECTORY = ['service-stations', 'districts', 'services'] as const

/** Areas, streets and services for the filter form. */
export const stationFilterOptions = cachedForVisitors('station-filter-options', DIRECTORY, async () => loadStationOptions(await getPayload({ config })))

const search = async (filters: StationFilters) => searchStations(await getPayload({ config }), filters, await stationFilterOptions())

const sharedListing = cachedForVisitors('station-list-page', DIRECTORY, search)

/** One page of the list; the lists everyone opens come from the cache, with the open states of this minute. */
export const listStations = cache(async (filters: StationFilters) =>
  isSharedListing(filters) ? withOpenStates(await sharedListing(filters), new Date()) : search(filters),
)

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
