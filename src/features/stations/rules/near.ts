import { EARTH_MEAN_RADIUS_M, isInChengduArea, type Coordinate } from './distance'

/**
 * `?near=30.657,104.066` as the "near me" button writes it. Three decimals (about 100 m) are
 * plenty to sort stations and keep a visitor's exact position out of addresses and logs.
 * A position outside Chengdu is ignored: nothing sensible can be sorted around it.
 */
export function parseNear(value: string | null | undefined): Coordinate | null {
  const m = /^\s*(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(value ?? '')
  if (!m) return null
  const near = roundCoordinate({ lat: Number(m[1]), lng: Number(m[2]) })
  return isInChengduArea(near) ? near : null
}

export const roundCoordinate = (c: Coordinate): Coordinate => ({
  lat: Math.round(c.lat * 1000) / 1000,
  lng: Math.round(c.lng * 1000) / 1000,
})

export const formatNear = (c: Coordinate) => `${c.lat.toFixed(3)},${c.lng.toFixed(3)}`

/**
 * The latitude/longitude box around a circle of `radius` metres: everything within the circle is
 * inside the box (the database filters on it with plain indexed comparisons), and the exact
 * distance is then measured only for what the box let through.
 */
export function boundingBox(center: Coordinate, radius: number) {
  const dLat = (radius / EARTH_MEAN_RADIUS_M) * (180 / Math.PI)
  const dLng = dLat / Math.max(Math.cos((center.lat * Math.PI) / 180), 0.01)
  return { minLat: center.lat - dLat, maxLat: center.lat + dLat, minLng: center.lng - dLng, maxLng: center.lng + dLng }
}
