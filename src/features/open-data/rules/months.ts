const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

const shanghaiMonthFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
})

/** The calendar month in Asia/Shanghai at the given instant, as 'YYYY-MM' (like receivedMonth). */
export function shanghaiMonth(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('无效的时间')
  const parts = Object.fromEntries(shanghaiMonthFormat.formatToParts(instant).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}`
}

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH_PATTERN.test(value)
}

/** The `count` months that end with `last`, oldest first: monthsEnding('2026-02', 3) → 2025-12…2026-02. */
export function monthsEnding(last: string, count: number): string[] {
  const match = MONTH_PATTERN.exec(last)
  if (!match) throw new RangeError(`不是有效的月份：${last}`)
  if (!Number.isInteger(count) || count < 1) throw new RangeError('月份数必须是正整数')
  const index = Number(match[1]) * 12 + Number(match[2]) - 1
  return Array.from({ length: count }, (_, i) => {
    const at = index - (count - 1 - i)
    return `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}`
  })
}

/** '2026-03' → '2026年3月'; short: '3月' (chart labels, where the year is in the caption). */
export function monthLabel(month: string, form: 'long' | 'short' = 'long'): string {
  const match = MONTH_PATTERN.exec(month)
  if (!match) return month
  const m = `${Number(match[2])}月`
  return form === 'short' ? m : `${match[1]}年${m}`
}
