import type { DeadlineStatus } from '@/features/feedback/rules/handling'

/** The working days left before the answer is due, or how late it is. */
export function TimeLeft({ standing }: { standing: DeadlineStatus }) {
  if (standing.state === 'overdue') return <span className="error-desk__late">已超期 {Math.max(1, -standing.workingDaysLeft)} 个工作日</span>
  if (standing.workingDaysLeft === 0) return <span className="error-desk__late">今天到期</span>
  return <span>还剩 {standing.workingDaysLeft} 个工作日</span>
}
