/**
 * Maps are optional and configured by environment:
 * - MAP_TILE_URL: a Leaflet tile template (https://tiles.example.gov.cn/{z}/{x}/{y}.png). Without
 *   it no map is drawn and no request leaves our origin. The tile host is added to the
 *   Content-Security-Policy when the site is built, so set it before `next build`.
 * - MAP_TILE_ATTRIBUTION: the credit line the tile provider requires.
 * - MAP_DIRECTIONS_URL: the "directions" link template with {lat} {lng} {name} {address};
 *   `none` hides the link. Unset, it points to AMap (高德地图), which residents commonly use. It
 *   is a plain link: nothing is requested from the map service unless the resident follows it.
 */
export const DEFAULT_DIRECTIONS_URL = 'https://uri.amap.com/marker?position={lng},{lat}&name={name}&coordinate=wgs84&callnative=0'

export type MapSettings = { tileUrl: string | null; tileAttribution: string; directionsTemplate: string | null; directionsName: string }

export function mapSettings(env: Record<string, string | undefined> = process.env): MapSettings {
  const tile = env.MAP_TILE_URL?.trim() ?? ''
  const directions = env.MAP_DIRECTIONS_URL?.trim() ?? ''
  const directionsTemplate = directions.toLowerCase() === 'none' ? null : directions || DEFAULT_DIRECTIONS_URL
  return {
    tileUrl: /^https?:\/\/\S+$/.test(tile) ? tile : null,
    tileAttribution: env.MAP_TILE_ATTRIBUTION?.trim() ?? '',
    directionsTemplate,
    directionsName: directionsTemplate?.includes('amap.com') ? '高德地图' : '地图',
  }
}
