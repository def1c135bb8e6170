import type { FeedbackKind } from '@/features/feedback/rules/intake/types'

/**
 * What the database counts for one group of messages (a month, a kind, a department or all of
 * them). Only whole numbers: rates and averages are derived here, so every reader of the figures
 * (page, CSV, JSON) rounds the same way.
 */
export type MessageCounts = {
  received: number
  /** Accepted and still handled or finished: status accepted, assigned, replied or closed. */
  accepted: number
  declined: number
  transferred: number
  /** Messages that have had a first reply. */
  replied: number
  /** First replies given within the time limit. */
  repliedOnTime: number
  /** Sum of working days to the first reply, over `timedReplies`. */
  workingDaysTotal: number
  /** First replies whose working days are known (every reply the hooks recorded). */
  timedReplies: number
  /** Replies the resident rated. */
  rated: number
  /** Rated 满意 or 基本满意. */
  satisfied: number
}

/** The published figures of one group: the counts plus the rates, rounded to one decimal. */
export type MessageFigures = {
  received: number
  accepted: number
  declined: number
  transferred: number
  replied: number
  repliedOnTime: number
  /** Percent of replies given on time; null when nothing was replied. */
  onTimeRate: number | null
  /** Mean working days from receipt to first reply; null when nothing was replied. */
  averageWorkingDays: number | null
  rated: number
  satisfied: number
  /** Percent of ratings that were 满意 or 基本满意; null when nothing was rated. */
  satisfactionRate: number | null
}

export type MonthFigures = MessageFigures & { month: string }
export type KindFigures = MessageFigures & { kind: FeedbackKind; label: string }
export type DepartmentFigures = MessageFigures & { department: string }

/** Everything the open-data page, the CSV and the JSON download show. */
export type OpenDataFigures = {
  /** First and last month of the period, 'YYYY-MM' in Asia/Shanghai; the last is the current one. */
  from: string
  to: string
  generatedAt: string
  total: MessageFigures
  months: MonthFigures[]
  kinds: KindFigures[]
  departments: DepartmentFigures[]
}

export const EMPTY_COUNTS: MessageCounts = Object.freeze({
  received: 0,
  accepted: 0,
  declined: 0,
  transferred: 0,
  replied: 0,
  repliedOnTime: 0,
  workingDaysTotal: 0,
  timedReplies: 0,
  rated: 0,
  satisfied: 0,
})

/** `part / whole` in percent with one decimal, or null when there is no whole to divide by. */
export function percent(part: number, whole: number): number | null {
  if (!whole) return null
  // Integer arithmetic before the one division keeps 2/3 at 66.7 and 1/8 at 12.5 exactly.
  return Math.round((part * 1000) / whole) / 10
}

/** `total / count` with one decimal, or null when there is nothing to average. */
export function average(total: number, count: number): number | null {
  if (!count) return null
  return Math.round((total * 10) / count) / 10
}

/** Numbers as the database drivers return them: PostgreSQL sends bigint sums as strings. */
export function countsFrom(row: Partial<Record<keyof MessageCounts, unknown>>): MessageCounts {
  const counts = { ...EMPTY_COUNTS }
  for (const key of Object.keys(EMPTY_COUNTS) as (keyof MessageCounts)[]) {
    const value = Number(row[key] ?? 0)
    counts[key] = Number.isFinite(value) ? value : 0
  }
  return counts
}

export function figuresOf(counts: MessageCounts): MessageFigures {
  return {
    received: counts.received,
    accepted: counts.accepted,
    declined: counts.declined,
    transferred: counts.transferred,
    replied: counts.replied,
    repliedOnTime: counts.repliedOnTime,
    onTimeRate: percent(counts.repliedOnTime, counts.replied),
    averageWorkingDays: average(counts.workingDaysTotal, counts.timedReplies),
    rated: counts.rated,
    satisfied: counts.satisfied,
    satisfactionRate: percent(counts.satisfied, counts.rated),
  }
}

/** A rate or average for people to read: "92.5%", "3.2", or "—" when there is none. */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)}%`
}

export function formatAverage(value: number | null): string {
  return value === null ? '—' : value.toFixed(1)
}
