import { beijingDate } from '@/platform/site-shell/rules/structured-data'

/** The first report year: the Regulations on Open Government Information took effect on 1 May 2008. */
export const FIRST_REPORT_YEAR = 2008

/** The Beijing calendar year a moment falls in, or null for a missing or unreadable date. */
export function beijingYearOf(value: string | Date | null | undefined): number | null {
  if (!value || Number.isNaN(new Date(value).getTime())) return null
  return Number(beijingDate(value).slice(0, 4))
}

/** Where a moment stands against a report year (Beijing time): before it, in it, or after it. */
export function againstYear(value: string | Date | null | undefined, year: number): 'before' | 'in' | 'after' | null {
  const its = beijingYearOf(value)
  if (its === null) return null
  return its < year ? 'before' : its > year ? 'after' : 'in'
}

/** Why a report year cannot be used, or undefined: a whole number from 2008 to this year. */
export function reportYearProblem(year: unknown, now: Date): string | undefined {
  const thisYear = beijingYearOf(now) ?? now.getUTCFullYear()
  if (typeof year !== 'number' || !Number.isInteger(year)) return '请填写报告年度（四位数字，如 2025）。'
  if (year < FIRST_REPORT_YEAR || year > thisYear) return `报告年度应在 ${FIRST_REPORT_YEAR} 年至 ${thisYear} 年之间。`
  return undefined
}

/** Whether a year is over (Beijing time), so its figures no longer move. */
export const isYearOver = (year: number, now: Date) => (beijingYearOf(now) ?? 0) > year
