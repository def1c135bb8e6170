import type { Payload } from 'payload'
import { assembleFigures, monthsEnding, shanghaiMonth, type OpenDataFigures } from '@/features/open-data/rules'
import { groupedCountsMongo } from './figures-mongo'
import { groupedCountsSql } from './figures-sql'

/** Twelve months, the current one included: a year of figures, as the page explains. */
export const OPEN_DATA_MONTHS = 12

/**
 * The public figures of residents' messages, counted by the database in grouped queries. Reads
 * the tables directly (not through the local API) because no access rule can express "aggregate
 * counts only"; nothing but counts leaves this function, never a message or a person.
 */
export async function openDataFigures(
  payload: Payload,
  options: { months?: number; now?: Date } = {},
): Promise<OpenDataFigures> {
  const now = options.now ?? new Date()
  const months = options.months ?? OPEN_DATA_MONTHS
  const to = shanghaiMonth(now)
  const period = { from: monthsEnding(to, months)[0], to }
  const grouped = payload.db.name === 'mongoose' ? await groupedCountsMongo(payload, period) : await groupedCountsSql(payload, period)
  return assembleFigures({ to, months, generatedAt: now }, grouped)
}
