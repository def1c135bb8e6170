import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake/kinds'
import type { FeedbackKind } from '@/features/feedback/rules/intake/types'
import { EMPTY_COUNTS, figuresOf, type MessageCounts, type OpenDataFigures } from './figures'
import { monthsEnding } from './months'

/** Messages that no department has been given yet (or never will: declined, transferred). */
export const NO_DEPARTMENT = '未分配'

/** The grouped rows as the database returns them, one list per grouping. */
export type GroupedCounts = {
  total: MessageCounts
  byMonth: { month: string; counts: MessageCounts }[]
  byKind: { kind: string; counts: MessageCounts }[]
  byDepartment: { department: string | null; counts: MessageCounts }[]
}

/**
 * Puts the database's grouped counts into the published shape: every month of the period and
 * every kind appears, with zeros where nothing arrived, so a quiet month is visible as such.
 */
export function assembleFigures(
  period: { to: string; months: number; generatedAt: Date },
  grouped: GroupedCounts,
): OpenDataFigures {
  const months = monthsEnding(period.to, period.months)
  const monthCounts = new Map(grouped.byMonth.map((row) => [row.month, row.counts]))
  const kindCounts = new Map(grouped.byKind.map((row) => [row.kind, row.counts]))
  const departments = grouped.byDepartment
    .map((row) => ({ department: row.department || NO_DEPARTMENT, ...figuresOf(row.counts) }))
    // Most messages first; unassigned last, as it is not a department; then by name, for a stable order.
    .sort((a, b) =>
      Number(a.department === NO_DEPARTMENT) - Number(b.department === NO_DEPARTMENT) ||
      b.received - a.received ||
      a.department.localeCompare(b.department, 'zh-Hans-CN'),
    )
  return {
    from: months[0],
    to: months[months.length - 1],
    generatedAt: period.generatedAt.toISOString(),
    total: figuresOf(grouped.total),
    months: months.map((month) => ({ month, ...figuresOf(monthCounts.get(month) ?? EMPTY_COUNTS) })),
    kinds: FEEDBACK_KINDS.map(({ value, label }) => ({
      kind: value as FeedbackKind,
      label,
      ...figuresOf(kindCounts.get(value) ?? EMPTY_COUNTS),
    })),
    departments,
  }
}
