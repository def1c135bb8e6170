import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { STATION_TYPES } from '@/features/stations/rules'
import { openingHoursOf } from '@/features/stations/rules/station-hours'

const idOf = (value: unknown): number | string | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/**
 * Checks the street lies in the chosen area, and stores what the public list needs without
 * joins: the opening hours as one JSON value (evaluated for "open now"), a search text and the
 * list order.
 */
export const deriveStationFields: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const districtId = idOf(merged.district)
  const streetId = idOf(merged.street)
  const lookUp = (id: number | string) =>
    req.payload.findByID({ collection: 'districts', id, depth: 0, req, disableErrors: true, select: { name: true, kind: true, parent: true, order: true } })
  const [district, street] = await Promise.all([districtId ? lookUp(districtId) : null, streetId ? lookUp(streetId) : null])
  if (district && district.kind !== 'county') {
    throw new ValidationError({ collection: 'service-stations', errors: [{ path: 'district', message: '请选择区（市）县，而不是街道' }] }, req.t)
  }
  if (street && (street.kind !== 'street' || idOf(street.parent) !== districtId)) {
    throw new ValidationError(
      { collection: 'service-stations', errors: [{ path: 'street', message: `所选街道（乡镇）不属于${district?.name ?? '所选区（市）县'}` }] },
      req.t,
    )
  }
  const phones = (merged.phones ?? []) as { number?: string }[]
  const searchText = [merged.name, merged.address, district?.name, street?.name, ...phones.map((p) => p.number)].filter(Boolean).join('\n')
  // The list shows areas in their official order, and within one the county station first
  const typeRank = STATION_TYPES.findIndex((t) => t.value === merged.type) + 1
  const listOrder = (district?.order ?? 999) * 10 + typeRank
  return { ...data, openingHours: openingHoursOf(merged), searchText, listOrder }
}
