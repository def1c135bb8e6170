import type { DatedException, OpeningHours, TimeSlot, Weekday } from '@/features/stations/rules'
import { formatDay } from '@/platform/site-shell/format-date'

/** The opening-hours fields as a station document (or a form) holds them. */
export type StationHoursFields = {
  slots?: { weekday?: string | null; opens?: string | null; closes?: string | null }[] | null
  exceptions?:
    | { date?: string | null; closed?: boolean | null; opens?: string | null; closes?: string | null; opens2?: string | null; closes2?: string | null; note?: string | null }[]
    | null
  closedOnPublicHolidays?: boolean | null
  makeUpWorkdaysFollow?: string | null
}

const weekday = (value: unknown): Weekday => Number(value) as Weekday

/**
 * The domain's OpeningHours from the fields staff fill in. Dates are stored by Payload as
 * instants; the day they mean is the Beijing-time day. A special day has up to two time ranges
 * (morning and afternoon), which covers what service stations publish.
 */
export function openingHoursOf(fields: StationHoursFields): OpeningHours {
  const slots: TimeSlot[] = (fields.slots ?? []).map((s) => ({ weekday: weekday(s.weekday), opens: s.opens ?? '', closes: s.closes ?? '' }))
  const exceptions: DatedException[] = (fields.exceptions ?? []).map((e) => {
    const date = e.date ? (/^\d{4}-\d{2}-\d{2}$/.test(e.date) ? e.date : formatDay(e.date)) : ''
    const note = e.note?.trim() || undefined
    if (e.closed) return { date, closed: true, ...(note ? { note } : {}) }
    const ranges = [
      [e.opens, e.closes],
      [e.opens2, e.closes2],
    ].filter(([opens, closes]) => opens || closes)
    return { date, closed: false, slots: ranges.map(([opens, closes]) => ({ opens: opens ?? '', closes: closes ?? '' })), ...(note ? { note } : {}) }
  })
  const follow = fields.makeUpWorkdaysFollow ? weekday(fields.makeUpWorkdaysFollow) : undefined
  return {
    slots,
    exceptions,
    closedOnPublicHolidays: fields.closedOnPublicHolidays !== false,
    ...(follow ? { makeUpWorkdaysFollow: follow } : {}),
  }
}

/** The inverse, for the importer: what to store for parsed hours. */
export function hoursFieldsOf(hours: OpeningHours) {
  return {
    slots: hours.slots.map((s) => ({ weekday: String(s.weekday) as '1', opens: s.opens, closes: s.closes })),
    exceptions: hours.exceptions.map((e) =>
      e.closed === true
        ? { date: `${e.date}T04:00:00.000Z`, closed: true, note: e.note ?? null }
        : {
            date: `${e.date}T04:00:00.000Z`,
            closed: false,
            opens: e.slots[0]?.opens ?? null,
            closes: e.slots[0]?.closes ?? null,
            opens2: e.slots[1]?.opens ?? null,
            closes2: e.slots[1]?.closes ?? null,
            note: e.note ?? null,
          },
    ),
    closedOnPublicHolidays: hours.closedOnPublicHolidays,
  }
}
