/**
 * How long residents' personal data is kept after the matter it came with was closed (PIPL: tell
 * residents how long, then delete or anonymise). Each feature states its period in months, with
 * a default, bounds and where an administrator changes it; the rules here are shared.
 */
export type RetentionPeriod = { defaultMonths: number; minMonths: number; maxMonths: number }

/** What a removed text is replaced with, where a text must stay. */
export const ANONYMISED_TEXT = '（已按规定匿名化）'

/** The cut-off: what was closed before it is due. Calendar months back, clamped to month ends. */
export function retentionCutoff(now: Date, months: number): Date {
  if (!Number.isInteger(months) || months < 1) throw new Error(`retention months must be a positive whole number, got ${months}`)
  const cutoff = new Date(now)
  const day = cutoff.getUTCDate()
  cutoff.setUTCDate(1)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate()
  cutoff.setUTCDate(Math.min(day, lastDay))
  return cutoff
}

/** Due once closed strictly before the cut-off; never while not closed (null). */
export const isPastCutoff = (closedAt: Date | null, cutoff: Date): boolean =>
  closedAt !== null && !Number.isNaN(closedAt.getTime()) && closedAt.getTime() < cutoff.getTime()

/** The period an administrator stored, or the default when none (or nonsense) is stored. */
export const periodMonths = (stored: unknown, period: RetentionPeriod): number =>
  typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : period.defaultMonths

/** A date as stored, or null when missing or unreadable. */
export function dateOrNull(value: unknown): Date | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}
