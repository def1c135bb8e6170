/** How each point raised in the comments was handled, in the 意见采纳情况. */
export const DECISIONS = [
  { value: 'adopted', label: '采纳' },
  { value: 'partly', label: '部分采纳' },
  { value: 'not-adopted', label: '未采纳' },
] as const

export type Decision = (typeof DECISIONS)[number]['value']

export const DECISION_LABELS: Readonly<Record<Decision, string>> = Object.freeze(
  Object.fromEntries(DECISIONS.map(({ value, label }) => [value, label])) as Record<Decision, string>,
)

export type OutcomePoint = { decision?: string | null }

/** 采纳 3 条、部分采纳 1 条、未采纳 2 条: one count per decision, those with none left out. */
export function decisionTally(points: readonly OutcomePoint[]): string {
  return DECISIONS.map(({ value, label }) => ({ label, count: points.filter((p) => p.decision === value).length }))
    .filter(({ count }) => count > 0)
    .map(({ label, count }) => `${label} ${count} 条`)
    .join('、')
}

/** A point not adopted (or only in part) must say why: the public is owed the reason. */
export function pointRefusal(point: { decision?: string | null; reason?: string | null }): string | null {
  if (point.decision !== 'adopted' && !(point.reason ?? '').trim()) return '未采纳或部分采纳的意见，请写明理由'
  return null
}
