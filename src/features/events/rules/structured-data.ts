import { CONTEXT, JURISDICTION, beijingDateTime, compact, optionalDate, type JsonLd } from '@/platform/site-shell/rules/structured-data'

/** schema.org Event for an outreach event. */
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
