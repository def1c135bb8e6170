import type { Payload, Where } from 'payload'
import { boundingBox, openState, sortByDistance, type Coordinate, type OpeningHours, type OpenState } from '@/features/stations/rules'
import type { District, Service, ServiceStation } from '@/payload-types'
import { STATIONS_PER_PAGE, type StationFilters } from './station-list-query'
import { listedWhere } from '@/platform/publishing/withdrawal/listed'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'

// Every query runs as an anonymous visitor (overrideAccess: false): drafts stay invisible because
// the collection's access rule says so, not because of a filter in this file.
const asVisitor = { overrideAccess: false, user: null } as const

export type StationOptions = {
  districts: { id: number; code: string; name: string; streets: { id: number; code: string; name: string }[] }[]
  services: { id: number; code: string; name: string }[]
}

/** Areas (with their streets) and services, for the filter form and for turning codes into ids. */
export async function loadStationOptions(payload: Payload): Promise<StationOptions> {
  const [areas, services] = await Promise.all([
    payload.find({ collection: 'districts', sort: 'order', limit: 5000, pagination: false, depth: 0, select: { name: true, code: true, kind: true, parent: true }, ...asVisitor }),
    payload.find({ collection: 'services', sort: 'order', limit: 500, pagination: false, depth: 0, select: { name: true, code: true }, ...asVisitor }),
  ])
  const parentOf = (a: Pick<District, 'parent'>) => (typeof a.parent === 'object' ? a.parent?.id : a.parent)
  return {
    districts: areas.docs
      .filter((a) => a.kind === 'county')
      .map((county) => ({
        id: county.id,
        code: county.code,
        name: county.name,
        streets: areas.docs.filter((a) => a.kind === 'street' && parentOf(a) === county.id).map(({ id, code, name }) => ({ id, code, name })),
      })),
    services: services.docs.map(({ id, code, name }) => ({ id, code, name })),
  }
}

/** The database query for the filters: indexed equalities, a relation match and one text match. */
export function stationWhere(filters: StationFilters, options: StationOptions): Where {
  const and: Where[] = [listedWhere()]
  const district = options.districts.find((d) => d.code === filters.district)
  if (district) and.push({ district: { equals: district.id } })
  const street = options.districts.flatMap((d) => d.streets).find((s) => s.code === filters.street)
  if (street) and.push({ street: { equals: street.id } })
  const service = options.services.find((s) => s.code === filters.service)
  if (service) and.push({ services: { in: [service.id] } })
  if (filters.type) and.push({ type: { equals: filters.type } })
  if (filters.q) and.push({ searchText: { like: filters.q } })
  return { and }
}

const LIST_SELECT = {
  name: true,
  key: true,
  type: true,
  address: true,
  phones: true,
  district: true,
  street: true,
  services: true,
  openingHours: true,
  lat: true,
  lng: true,
} as const

const LIST_POPULATE = { districts: { name: true, code: true }, services: { name: true, code: true } } as const

export type StationListDoc = Pick<ServiceStation, 'id' | 'name' | 'key' | 'type' | 'address' | 'phones' | 'lat' | 'lng'> & {
  district?: number | Pick<District, 'id' | 'name' | 'code'> | null
  street?: number | Pick<District, 'id' | 'name' | 'code'> | null
  services?: (number | Pick<Service, 'id' | 'name' | 'code'>)[] | null
  openingHours?: unknown
}

export type StationListItem = { station: StationListDoc; state: OpenState; metres: number | null }

export type StationSearchResult = { items: StationListItem[]; totalDocs: number; page: number; totalPages: number }

/** Whether stations are open, remembered per distinct timetable: most stations share a few. */
function openStateCache(now: Date) {
  const memo = new Map<string, OpenState>()
  return (hours: unknown): OpenState => {
    const key = JSON.stringify(hours ?? null)
    let state = memo.get(key)
    if (!state) {
      const valid = hours && typeof hours === 'object' && Array.isArray((hours as OpeningHours).slots)
      state = valid ? openState(hours as OpeningHours, now) : { open: false, label: '开放时间未公布，请电话咨询' }
      memo.set(key, state)
    }
    return state
  }
}

/** The list with each station's open state as of `now`: a cached list keeps the stations, not the hour. */
export function withOpenStates(result: StationSearchResult, now: Date): StationSearchResult {
  const stateOf = openStateCache(now)
  return { ...result, items: result.items.map((item) => ({ ...item, state: stateOf(item.station.openingHours) })) }
}

// "Open now" depends on the minute, not on the visitor. The published timetables are kept in
// memory and read again only when the directory changed (a cheap check of how many stations are
// published and when the latest changed); the ids of the stations open in a given minute are
// worked out from them once and reused by every list request in that minute, so the filter is a
// plain `id in (…)` that the database pages and counts.
type Timetables = { stamp: string; rows: { id: number; key: string; hours: unknown }[] }
let timetables: Promise<Timetables> | null = null
let openNow: { minute: string; ids: Promise<number[]> } | null = null

export function forgetOpenStations() {
  timetables = null
  openNow = null
}

const PUBLISHED: Where = listedWhere()

async function directoryStamp(payload: Payload): Promise<string> {
  const [latest, count] = await Promise.all([
    payload.find({ collection: 'service-stations', where: PUBLISHED, sort: '-updatedAt', limit: 1, pagination: false, depth: 0, select: { updatedAt: true }, ...asVisitor }),
    payload.count({ collection: 'service-stations', where: PUBLISHED, ...asVisitor }),
  ])
  return `${count.totalDocs}:${latest.docs[0]?.updatedAt ?? ''}`
}

async function currentTimetables(payload: Payload): Promise<Timetables> {
  const stamp = await directoryStamp(payload)
  const known = timetables ? await timetables.catch(() => null) : null
  if (known?.stamp === stamp) return known
  timetables = payload
    .find({ collection: 'service-stations', where: PUBLISHED, pagination: false, limit: 0, depth: 0, select: { openingHours: true }, ...asVisitor })
    .then((result) => ({
      stamp,
      rows: result.docs.map((doc) => ({ id: doc.id, key: JSON.stringify(doc.openingHours ?? null), hours: doc.openingHours })),
    }))
  return timetables
}

export function openStationIds(payload: Payload, now: Date): Promise<number[]> {
  const minute = now.toISOString().slice(0, 16)
  if (openNow?.minute === minute) return openNow.ids
  const ids = currentTimetables(payload).then(({ rows }) => {
    const open = new Map<string, boolean>()
    const stateOf = openStateCache(now)
    return rows
      .filter((row) => {
        let isOpen = open.get(row.key)
        if (isOpen === undefined) open.set(row.key, (isOpen = stateOf(row.hours).open))
        return isOpen
      })
      .map((row) => row.id)
  })
  ids.catch(() => forgetOpenStations())
  openNow = { minute, ids }
  return ids
}

// "Near me" asks the database how many stations lie in growing boxes around the visitor (an
// indexed count, cheap) and reads positions only from the first box likely to hold enough of
// them to fill the page. Only stations within the circle inside that box are certainly nearer
// than anything outside it, so the box grows again when the circle holds too few.
const NEAR_RADII = [1_000, 2_000, 3_000, 5_000, 8_000, 13_000, 20_000, 35_000, 60_000, 100_000]
// The circle covers π/4 of its box; ask for a little more than that ratio implies.
const BOX_MARGIN = 1.5

const inBox = (box: ReturnType<typeof boundingBox>): Where => ({
  and: [
    { lat: { greater_than_equal: box.minLat } },
    { lat: { less_than_equal: box.maxLat } },
    { lng: { greater_than_equal: box.minLng } },
    { lng: { less_than_equal: box.maxLng } },
  ],
})

async function nearestIds(payload: Payload, where: Where, near: Coordinate, needed: number) {
  const positions = async (extra?: Where) => {
    const result = await payload.find({
      collection: 'service-stations',
      where: extra ? { and: [where, extra] } : where,
      sort: ['listOrder', 'name'],
      pagination: false,
      limit: 0,
      depth: 0,
      select: { lat: true, lng: true },
      ...asVisitor,
    })
    return sortByDistance(result.docs, near, (doc) => doc)
  }
  for (const radius of NEAR_RADII) {
    const box = boundingBox(near, radius)
    const boxed = { and: [where, inBox(box)] }
    const count = (await payload.count({ collection: 'service-stations', where: boxed, ...asVisitor })).totalDocs
    if (count < needed * BOX_MARGIN && radius !== NEAR_RADII[NEAR_RADII.length - 1]) continue
    const within = (await positions(inBox(box))).filter((m) => m.metres !== null && m.metres <= radius)
    if (within.length >= needed) return within
  }
  return positions()
}

/**
 * One page of the public list. Filters and "open now" are database conditions, so the database
 * pages and counts; "near me" reads the positions of the nearest few stations, sorts them by
 * distance, and then loads only the page's stations in full.
 */
export async function searchStations(
  payload: Payload,
  filters: StationFilters,
  options: StationOptions,
  { now = new Date(), perPage = STATIONS_PER_PAGE }: { now?: Date; perPage?: number } = {},
): Promise<StationSearchResult> {
  const stateOf = openStateCache(now)
  const finish = (stations: StationListDoc[], metres: Map<number, number>, totalDocs: number, page: number) => ({
    items: stations.map((station) => ({ station, state: stateOf(station.openingHours), metres: metres.get(station.id) ?? null })),
    totalDocs,
    page,
    totalPages: Math.max(1, Math.ceil(totalDocs / perPage)),
  })
  const where = stationWhere(filters, options)
  if (filters.open) {
    const open = await openStationIds(payload, now)
    if (open.length === 0) return finish([], new Map(), 0, filters.page)
    where.and!.push({ id: { in: open } })
  }

  if (!filters.near) {
    const result = await payload.find({
      collection: 'service-stations',
      where,
      sort: ['listOrder', 'name'],
      limit: perPage,
      page: filters.page,
      depth: 1,
      select: LIST_SELECT,
      populate: LIST_POPULATE,
      ...asVisitor,
    })
    return finish(result.docs as StationListDoc[], new Map(), result.totalDocs, result.page ?? filters.page)
  }

  const totalDocs = (await payload.count({ collection: 'service-stations', where, ...asVisitor })).totalDocs
  const needed = Math.min(filters.page * perPage, totalDocs)
  const ordered = needed > 0 ? await nearestIds(payload, where, filters.near, needed) : []
  const slice = ordered.slice((filters.page - 1) * perPage, filters.page * perPage)
  if (slice.length === 0) return finish([], new Map(), totalDocs, filters.page)
  const found = await payload.find({
    collection: 'service-stations',
    where: { id: { in: slice.map((s) => s.item.id) } },
    pagination: false,
    limit: 0,
    depth: 1,
    select: LIST_SELECT,
    populate: LIST_POPULATE,
    ...asVisitor,
  })
  const byId = new Map((found.docs as StationListDoc[]).map((doc) => [doc.id, doc]))
  const stations = slice.map((s) => byId.get(s.item.id)).filter((doc): doc is StationListDoc => Boolean(doc))
  const metres = new Map(slice.filter((s) => s.metres !== null).map((s) => [s.item.id, s.metres as number]))
  return finish(stations, metres, totalDocs, filters.page)
}

/** One published station with everything its page shows. */
export async function findStationByKey(payload: Payload, key: string, reader: PageReader = VISITOR) {
  const result = await payload.find({
    collection: 'service-stations',
    where: { key: { equals: key } },
    limit: 1,
    pagination: false,
    depth: 1,
    populate: { districts: { name: true, code: true }, services: { name: true, code: true, summary: true } },
    ...reader,
  })
  return result.docs[0] ?? null
}

/** Every published station, for the exports and the sitemap. */
export async function allPublishedStations(payload: Payload) {
  const result = await payload.find({
    collection: 'service-stations',
    where: listedWhere(),
    sort: ['listOrder', 'name'],
    pagination: false,
    limit: 0,
    depth: 1,
    populate: { districts: { name: true, code: true }, services: { name: true, code: true } },
    ...asVisitor,
  })
  return result.docs
}
