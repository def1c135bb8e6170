export type Coordinate = { lat: number; lng: number }

// WGS84 mean radius R1 = (2a + b) / 3, in metres. Haversine on a sphere is within ~0.5% of the
// ellipsoidal distance, far better than residents need for "which station is nearest".
export const EARTH_MEAN_RADIUS_M = 6_371_008.8

const rad = (deg: number) => (deg * Math.PI) / 180

export function distanceMetres(a: Coordinate, b: Coordinate): number {
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  // min() guards against rounding pushing h just above 1 for antipodal points
  return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

// '850 米' below 1 km, '1.2 公里' below 10 km, '12 公里' beyond: more digits would be false precision
export function formatDistance(metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) throw new RangeError(`无效距离：${metres}`)
  const m = Math.round(metres)
  if (m < 1000) return `${m} 米`
  const tenths = Math.round(metres / 100) / 10
  if (tenths < 10) return `${tenths.toFixed(1)} 公里`
  return `${Math.round(metres / 1000)} 公里`
}

export function isValidCoordinate(
  c: { lat?: unknown; lng?: unknown } | null | undefined,
): c is Coordinate {
  if (!c || typeof c.lat !== 'number' || typeof c.lng !== 'number') return false
  if (!Number.isFinite(c.lat) || !Number.isFinite(c.lng)) return false
  if (Math.abs(c.lat) > 90 || Math.abs(c.lng) > 180) return false
  // (0, 0) is what spreadsheets and map widgets leave behind when nothing was entered
  return !(c.lat === 0 && c.lng === 0)
}

// Chengdu's 20 county-level areas (Jianyang included since 2016) officially span
// 30°05′–31°26′ N and 102°54′–104°53′ E, i.e. 30.08–31.44 N and 102.90–104.88 E. The box adds a
// few kilometres on each side so a station on the boundary is never rejected; it is only a
// sanity check against swapped or mistyped coordinates, not a boundary test.
export const CHENGDU_BOUNDS = { minLat: 30.0, maxLat: 31.5, minLng: 102.85, maxLng: 105.0 } as const

export function isInChengduArea(c: Coordinate): boolean {
  if (!isValidCoordinate(c)) return false
  const b = CHENGDU_BOUNDS
  return c.lat >= b.minLat && c.lat <= b.maxLat && c.lng >= b.minLng && c.lng <= b.maxLng
}

// Nearest first; items without a usable coordinate keep their order at the end with metres null
export function sortByDistance<T>(
  items: readonly T[],
  origin: Coordinate,
  pick: (item: T) => Coordinate | null | undefined,
): { item: T; metres: number | null }[] {
  const measured = items.map((item) => {
    const c = pick(item)
    return { item, metres: isValidCoordinate(c) ? distanceMetres(origin, c) : null }
  })
  // Array.prototype.sort is stable, so equal distances keep the editors' order
  return measured.sort((a, b) => {
    if (a.metres === null) return b.metres === null ? 0 : 1
    if (b.metres === null) return -1
    return a.metres - b.metres
  })
}
