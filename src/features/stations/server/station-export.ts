import { openingHoursToText, stationTypeLabel } from '@/features/stations/rules'
import type { District, Service, ServiceStation } from '@/payload-types'
import { formatDay } from '@/platform/site-shell/format-date'
import { openingHoursOf } from '@/features/stations/rules/station-hours'

const named = (value: number | District | Service | null | undefined) =>
  value && typeof value === 'object' ? { code: value.code, name: value.name } : null

/** One station as the open-data exports publish it: no internal ids, dates as Beijing days. */
export function exportedStation(station: ServiceStation, base: string) {
  const hours = openingHoursOf(station)
  return {
    key: station.key,
    name: station.name,
    type: station.type,
    typeLabel: stationTypeLabel(station.type),
    district: named(station.district),
    street: named(station.street),
    address: station.address,
    phones: (station.phones ?? []).map((p) => p.number),
    services: (station.services ?? []).map(named).filter(Boolean),
    openingHours: {
      text: openingHoursToText(hours.slots),
      weekly: hours.slots,
      exceptions: hours.exceptions,
      closedOnPublicHolidays: hours.closedOnPublicHolidays,
      makeUpWorkdaysFollow: hours.makeUpWorkdaysFollow ?? 1,
    },
    accessibility: station.accessibility ?? null,
    lastVerified: formatDay(station.lastVerifiedAt),
    url: `${base}/stations/${station.key}`,
  }
}

const ABOUT = {
  title: '成都市计划生育服务网点名录',
  coordinateSystem: 'WGS84',
  licence: '可自由使用，请注明来源并以本网站公布的最新信息为准。',
}

export function stationsJson(stations: ServiceStation[], base: string, generated: Date) {
  return {
    ...ABOUT,
    generated: generated.toISOString(),
    count: stations.length,
    stations: stations.map((s) => ({ ...exportedStation(s, base), lat: s.lat, lng: s.lng })),
  }
}

/** RFC 7946: positions are [longitude, latitude]. */
export function stationsGeoJson(stations: ServiceStation[], base: string, generated: Date) {
  return {
    type: 'FeatureCollection' as const,
    metadata: { ...ABOUT, generated: generated.toISOString(), count: stations.length },
    features: stations.map((s) => ({
      type: 'Feature' as const,
      id: s.key,
      geometry: { type: 'Point' as const, coordinates: [s.lng, s.lat] },
      properties: exportedStation(s, base),
    })),
  }
}
