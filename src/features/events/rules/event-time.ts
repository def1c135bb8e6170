const beijing = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', ...options })
const dayFormat = beijing({ year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' })
const timeFormat = beijing({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })

/** 2026年3月5日周四 09:30–11:30 (an end on another day is written out in full), Beijing time. */
export function eventTimeText(startsAt: string | Date, endsAt?: string | Date | null): string {
  const start = new Date(startsAt)
  const startText = `${dayFormat.format(start)} ${timeFormat.format(start)}`
  if (!endsAt) return startText
  const end = new Date(endsAt)
  const sameDay = isoDay.format(start) === isoDay.format(end)
  return `${startText}–${sameDay ? timeFormat.format(end) : `${dayFormat.format(end)} ${timeFormat.format(end)}`}`
}

/** ISO 8601 with the +08:00 offset, for <time datetime>. */
export function beijingIso(value: string | Date): string {
  const date = new Date(value)
  const local = new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16)
  return `${local}+08:00`
}
