import type { UIFieldServerProps } from 'payload'
import { describeDueAt, OPEN_STATUSES, statusLabel } from '@/features/feedback/rules/handling'

const COLOURS = { 'on-time': 'var(--theme-success-600)', 'due-soon': 'var(--theme-warning-700)', overdue: 'var(--theme-error-600)' }

/** Sidebar of a message: what is left before its current deadline, on the official calendar. */
export function DeadlineSummary({ data }: UIFieldServerProps) {
  if (!data?.dueAt) {
    const finished = data?.status && !(OPEN_STATUSES as readonly string[]).includes(data.status)
    // 已答复 is not 已办结: the resident may still rate it and ask once for it to be handled again.
    const words = data?.status === 'replied' ? '已答复（尚未办结），不再计时' : `${statusLabel(data?.status)}，不再计时`
    return finished ? <p style={{ marginBottom: '1rem' }}>办理时限：{words}</p> : null
  }
  const { state, text } = describeDueAt(new Date(data.dueAt), new Date())
  const which = data.status === 'received' ? '受理时限' : '答复时限'
  return (
    <p style={{ marginBottom: '1rem', fontWeight: 600, color: COLOURS[state] }}>
      {which}：{text}
    </p>
  )
}
