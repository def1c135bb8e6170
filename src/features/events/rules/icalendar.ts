/**
 * One event as an iCalendar file (RFC 5545): CRLF line endings, content lines folded at 75 octets
 * without splitting a UTF-8 character, TEXT values escaped. Times are written in UTC (`Z`), which
 * every calendar reads without a VTIMEZONE block; calendars show them in the reader's own zone.
 */

export type CalendarEvent = {
  /** Stable across downloads, so importing again updates the entry instead of duplicating it. */
  uid: string
  title: string
  startsAt: Date | string
  /** Without an end, the event lasts one hour (RFC 5545 would otherwise make it end when it starts). */
  endsAt?: Date | string | null
  location?: string | null
  description?: string | null
  url?: string | null
  /** When the entry was last changed; DTSTAMP. */
  updatedAt?: Date | string | null
}

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** Backslash, semicolon, comma and line breaks are escaped in TEXT values (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** 20260305T013000Z */
export function formatUtc(value: Date | string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`)
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/**
 * Splits a content line into lines of at most 75 octets; continuation lines start with one space,
 * which counts towards their 75. Characters are never cut in the middle of their UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8')
    if (octets + size > MAX_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join(CRLF)
}

const property = (name: string, value: string) => foldLine(`${name}:${value}`)

export function eventCalendar(event: CalendarEvent, options: { productId: string; now?: Date }): string {
  const start = new Date(event.startsAt)
  const end = event.endsAt ? new Date(event.endsAt) : new Date(start.getTime() + 60 * 60_000)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', options.productId),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    property('UID', event.uid),
    `DTSTAMP:${formatUtc(event.updatedAt ?? options.now ?? new Date())}`,
    `DTSTART:${formatUtc(start)}`,
    `DTEND:${formatUtc(end > start ? end : new Date(start.getTime() + 60 * 60_000))}`,
    property('SUMMARY', escapeText(event.title)),
    ...(event.location ? [property('LOCATION', escapeText(event.location))] : []),
    ...(event.description ? [property('DESCRIPTION', escapeText(event.description))] : []),
    ...(event.url ? [property('URL', event.url)] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.join(CRLF) + CRLF
}
