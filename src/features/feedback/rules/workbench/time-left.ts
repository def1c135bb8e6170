import { shanghaiDay, workingDaysBetween } from '@/features/feedback/rules/handling/working-days'

/**
 * Working days left on the official calendar until the end of the deadline day: 0 on the day
 * itself, negative once it has passed. A rest day right after the deadline is already late, so it
 * counts as -1 (the sign alone tells staff it is overdue); later days count the working days missed.
 */
export function workingDaysLeft(dueAt: Date, now: Date): number {
  const [today, deadline] = [shanghaiDay(now), shanghaiDay(dueAt)]
  if (now.getTime() <= dueAt.getTime()) return workingDaysBetween(today, deadline)
  return 0 - Math.max(1, workingDaysBetween(deadline, today))
}

/** The figure in a queue row: "剩 3 天", "今天到期", "超期 2 天". */
export function timeLeftText(days: number): string {
  if (days > 0) return `剩 ${days} 个工作日`
  if (days === 0) return '今天到期'
  return `超期 ${0 - days} 个工作日`
}
