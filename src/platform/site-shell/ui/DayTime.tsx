import { formatDay } from '@/platform/site-shell/format-date'

/** A day in Beijing time, machine-readable too: <time dateTime="2026-01-01">2026-01-01</time>. */
export function DayTime({ value }: { value: string | Date | null | undefined }) {
  const day = formatDay(value)
  return <time dateTime={day}>{day}</time>
}
