import { formatNear, isStationType, parseNear, type Coordinate } from '@/features/stations/rules'

export const STATIONS_PER_PAGE = 20
const MAX_PAGE = 500

export type StationFilters = {
  q: string
  district: string
  street: string
  service: string
  type: string
  open: boolean
  near: Coordinate | null
  page: number
}

/** The codes the filters may take: areas with their streets, and services. */
export type StationFilterCodes = {
  districts: { code: string; streets: { code: string }[] }[]
  services: { code: string }[]
}

type SearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

// The list as most visitors open it: no words, no "open now", no position, one of the first pages.
const SHARED_PAGES = 5

/** Whether a list is one every visitor may be shown from the same cached copy (a bounded set of lists). */
export function isSharedListing(filters: StationFilters): boolean {
  return !filters.q && !filters.open && !filters.near && filters.page <= SHARED_PAGES
}

/**
 * Reads the list's GET form. Unknown codes, a street outside the chosen area, a position outside
 * Chengdu or a page past the end are dropped rather than refused, so an old link still shows a list.
 */
export function parseStationFilters(params: SearchParams, codes: StationFilterCodes): StationFilters {
  const district = codes.districts.find((d) => d.code === first(params.district))
  const streetCode = first(params.street)
  const streetArea = codes.districts.find((d) => d.streets.some((s) => s.code === streetCode))
  const street = streetArea && (!district || district.code === streetArea.code) ? streetCode : ''
  const service = first(params.service)
  const type = first(params.type)
  const page = Number.parseInt(first(params.page), 10)
  return {
    q: first(params.q).replace(/[\u0000-\u001f\u007f%_\\]/g, '').slice(0, 60),
    district: district?.code ?? '',
    street,
    service: codes.services.some((s) => s.code === service) ? service : '',
    type: isStationType(type) ? type : '',
    open: ['1', 'on', 'true'].includes(first(params.open)),
    near: parseNear(first(params.near)),
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  }
}

export const isFiltered = (f: StationFilters) => Boolean(f.q || f.district || f.street || f.service || f.type || f.open)

/** The list's address with some filters changed, for pagination and "clear" links. */
export function stationListHref(filters: StationFilters, change: Partial<StationFilters> = {}): string {
  const next = { ...filters, ...change }
  const params = new URLSearchParams()
  for (const key of ['q', 'district', 'street', 'service', 'type'] as const) if (next[key]) params.set(key, next[key])
  if (next.open) params.set('open', '1')
  if (next.near) params.set('near', formatNear(next.near))
  if (next.page > 1) params.set('page', String(next.page))
  const query = params.toString()
  return query ? `/stations?${query}` : '/stations'
}
