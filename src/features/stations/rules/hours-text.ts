import { type TimeSlot, type Weekday } from './opening-hours'

const SHORT: Record<Weekday, string> = { 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六', 7: '周日' }

/**
 * Weekly slots written the way parseOpeningHoursText reads them, with days that share the same
 * times grouped: '周一至周五 08:30-12:00,13:30-17:30；周六 09:00-12:00'. Used by the exports, so a
 * downloaded directory can be edited in a spreadsheet and imported again.
 */
export function openingHoursToText(slots: TimeSlot[]): string {
  const timesOf = (day: Weekday) =>
    slots
      .filter((s) => s.weekday === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((s) => `${s.opens}-${s.closes}`)
      .join(',')
  const days = ([1, 2, 3, 4, 5, 6, 7] as Weekday[]).map((day) => ({ day, times: timesOf(day) }))
  if (days.every((d) => d.times && d.times === days[0].times)) return `每天 ${days[0].times}`

  // Runs of consecutive days with the same times, then runs with equal times joined by 、
  const runs: { from: Weekday; to: Weekday; times: string }[] = []
  for (const { day, times } of days) {
    if (!times) continue
    const last = runs[runs.length - 1]
    if (last && last.times === times && last.to === day - 1) last.to = day
    else runs.push({ from: day, to: day, times })
  }
  const groups = new Map<string, string[]>()
  for (const run of runs) {
    const span = run.from === run.to ? SHORT[run.from] : `${SHORT[run.from]}至${SHORT[run.to]}`
    groups.set(run.times, [...(groups.get(run.times) ?? []), span])
  }
  return [...groups].map(([times, spans]) => `${spans.join('、')} ${times}`).join('；')
}

