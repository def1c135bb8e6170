import type { OpeningHours, Weekday } from './stations/opening-hours'

/**
 * schema.org JSON-LD for the public pages. Pure: callers pass plain values (already converted
 * to the reader's script) and absolute URLs; nothing here reads Payload or Next.
 */
export type JsonLd = { '@context': 'https://schema.org'; '@type': string; [key: string]: unknown }

const CONTEXT = 'https://schema.org' as const
const JURISDICTION = '成都市'

/** Drops keys whose value is undefined, null or '' so the output never carries empty claims. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T
}

/** ISO 8601 in Beijing time with an explicit +08:00 offset. */
export function beijingDateTime(value: string | Date): string {
  const date = new Date(value)
  return `${new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
}

/** The Beijing calendar day, YYYY-MM-DD. */
export function beijingDate(value: string | Date): string {
  return beijingDateTime(value).slice(0, 10)
}

const optionalDate = (value: string | Date | null | undefined, format: (v: string | Date) => string) =>
  value && !Number.isNaN(new Date(value).getTime()) ? format(value) : undefined

export type OrganizationInput = { name: string; url: string; address?: string | null; telephone?: string[]; siteName?: string }

export function governmentOrganization(input: OrganizationInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'GovernmentOrganization',
    name: input.name,
    url: input.url,
    areaServed: { '@type': 'City', name: JURISDICTION },
    address: input.address ? { '@type': 'PostalAddress', streetAddress: input.address, addressLocality: JURISDICTION, addressCountry: 'CN' } : undefined,
    telephone: input.telephone && input.telephone.length > 0 ? input.telephone : undefined,
  })
}

export type LegislationInput = {
  title: string
  url: string
  documentNumber?: string | null
  datePublished?: string | Date | null
  dateWritten?: string | Date | null
  issuingAuthority?: string | null
}

export function legislation(input: LegislationInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'Legislation',
    name: input.title,
    legislationIdentifier: input.documentNumber ?? undefined,
    datePublished: optionalDate(input.datePublished, beijingDate),
    legislationDate: optionalDate(input.dateWritten ?? input.datePublished, beijingDate),
    inLanguage: 'zh-CN',
    legislationJurisdiction: JURISDICTION,
    legislationPassedBy: input.issuingAuthority ? { '@type': 'GovernmentOrganization', name: input.issuingAuthority } : undefined,
    url: input.url,
  })
}

export type ArticleInput = { title: string; url: string; description?: string | null; datePublished?: string | Date | null; dateModified?: string | Date | null; publisher: string; image?: string | null }

export function article(input: ArticleInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'Article',
    headline: input.title,
    description: input.description ?? undefined,
    datePublished: optionalDate(input.datePublished, beijingDateTime),
    dateModified: optionalDate(input.dateModified, beijingDateTime),
    inLanguage: 'zh-CN',
    image: input.image ?? undefined,
    publisher: { '@type': 'GovernmentOrganization', name: input.publisher },
    mainEntityOfPage: input.url,
    url: input.url,
  })
}

export type EventInput = { title: string; url: string; description?: string | null; startsAt: string | Date; endsAt?: string | Date | null; place: string; organizer: string; ended?: boolean }

export function event(input: EventInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'Event',
    name: input.title,
    description: input.description ?? undefined,
    startDate: beijingDateTime(input.startsAt),
    endDate: optionalDate(input.endsAt, beijingDateTime),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'Place', name: input.place, address: { '@type': 'PostalAddress', addressLocality: JURISDICTION, addressCountry: 'CN' } },
    organizer: { '@type': 'GovernmentOrganization', name: input.organizer },
    isAccessibleForFree: true,
    url: input.url,
  })
}

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

export type FaqInput = { question: string; answer: string }[]

export function faqPage(items: FaqInput, url?: string): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'FAQPage',
    url,
    mainEntity: items.map((item) => ({ '@type': 'Question', name: item.question, acceptedAnswer: { '@type': 'Answer', text: item.answer } })),
  })
}

const SCRIPT_SAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' }

/**
 * JSON for the body of <script type="application/ld+json">. Escaping `<` `>` `&` keeps any text
 * from closing the element or opening a comment; U+2028/2029 are escaped for old JS parsers.
 * The result is still valid JSON that parses back to the same object.
 */
export function jsonLdScript(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_SAFE[c])
}
