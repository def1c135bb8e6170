import { CONTEXT, JURISDICTION, compact, type JsonLd } from '@/platform/site-shell/rules/structured-data'
import type { OpeningHours, Weekday } from './opening-hours'

const DAY_OF_WEEK: Record<Weekday, string> = {
  1: 'https://schema.org/Monday',
  2: 'https://schema.org/Tuesday',
  3: 'https://schema.org/Wednesday',
  4: 'https://schema.org/Thursday',
  5: 'https://schema.org/Friday',
  6: 'https://schema.org/Saturday',
  7: 'https://schema.org/Sunday',
}

/** Weekly slots with the same hours are grouped into one specification, as schema.org allows. */
export function openingHoursSpecification(hours: OpeningHours) {
  const groups = new Map<string, { opens: string; closes: string; days: Weekday[] }>()
  for (const slot of [...hours.slots].sort((a, b) => a.weekday - b.weekday)) {
    const key = `${slot.opens}-${slot.closes}`
    const group = groups.get(key) ?? { opens: slot.opens, closes: slot.closes, days: [] }
    if (!group.days.includes(slot.weekday)) group.days.push(slot.weekday)
    groups.set(key, group)
  }
  const weekly = [...groups.values()].map((g) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: g.days.map((d) => DAY_OF_WEEK[d]),
    opens: g.opens,
    closes: g.closes,
  }))
  // Dated exceptions: a closed day is written as 00:00-00:00, the schema.org convention.
  const dated = hours.exceptions
    .filter((e) => e.date)
    .flatMap((e) =>
      e.closed === true
        ? [{ '@type': 'OpeningHoursSpecification', validFrom: e.date, validThrough: e.date, opens: '00:00', closes: '00:00' }]
        : e.slots.map((s) => ({ '@type': 'OpeningHoursSpecification', validFrom: e.date, validThrough: e.date, opens: s.opens, closes: s.closes })),
    )
  return [...weekly, ...dated]
}

export type StationInput = { name: string; url: string; address: string; telephone: string[]; lat?: number | null; lng?: number | null; hours: OpeningHours; clinic: boolean; district?: string | null }

/** A station offering medical services is a MedicalClinic; an office or counter is a Place. */
export function station(input: StationInput): JsonLd {
  const geo = typeof input.lat === 'number' && typeof input.lng === 'number' ? { '@type': 'GeoCoordinates', latitude: input.lat, longitude: input.lng } : undefined
  return compact({
    '@context': CONTEXT,
    '@type': input.clinic ? 'MedicalClinic' : 'Place',
    name: input.name,
    address: compact({ '@type': 'PostalAddress', streetAddress: input.address, addressRegion: input.district ?? undefined, addressLocality: JURISDICTION, addressCountry: 'CN' }),
    telephone: input.telephone.length === 1 ? input.telephone[0] : input.telephone.length > 1 ? input.telephone : undefined,
    geo,
    openingHoursSpecification: input.hours.slots.length > 0 || input.hours.exceptions.length > 0 ? openingHoursSpecification(input.hours) : undefined,
    url: input.url,
  })
}
