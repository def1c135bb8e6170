import { describe, expect, it } from 'vitest'
import { endOfShanghaiDay } from '@/features/feedback/rules/handling'
import {
  WORKBENCH_QUEUES,
  isInQueue,
  queueFilter,
  type QueueRow,
  type QueueViewer,
} from '@/features/feedback/rules/workbench'

// 2026-09-30 (Wed) is the last working day before National Day (10-01 … 10-07); 10-08 is the next.
const viewerAt = (iso: string, extra: Partial<QueueViewer> = {}): QueueViewer => ({
  userId: '4',
  departmentId: '1',
  now: new Date(iso),
  dueSoonWorkingDays: 1,
  ...extra,
})

const known: Record<string, QueueRow> = {
  fresh: { status: 'received', dueAt: endOfShanghaiDay('2026-10-09') },
  returned: { status: 'accepted', dueAt: endOfShanghaiDay('2026-10-12') },
  mineDueAfterHoliday: { status: 'assigned', assignedTo: '4', department: '1', dueAt: endOfShanghaiDay('2026-10-08') },
  colleagueLate: { status: 'assigned', assignedTo: '7', department: '1', dueAt: endOfShanghaiDay('2026-09-29') },
  otherDepartment: { status: 'assigned', assignedTo: '8', department: '2', dueAt: endOfShanghaiDay('2026-10-20') },
  unsatisfied: { status: 'replied', assignedTo: '4', department: '1', rating: 'unsatisfied' },
  satisfied: { status: 'replied', assignedTo: '4', department: '1', rating: 'satisfied' },
  reopened: { status: 'assigned', assignedTo: '4', department: '1', reopenCount: 1, dueAt: endOfShanghaiDay('2026-10-16') },
  closed: { status: 'closed', assignedTo: '4', department: '1', reopenCount: 1 },
}

const members = (queue: (typeof WORKBENCH_QUEUES)[number]['key'], viewer: QueueViewer) =>
  Object.entries(known).filter(([, row]) => isInQueue(queue, row, viewer)).map(([name]) => name)

describe('workbench queues', () => {
  it('has six tabs with Chinese labels', () => {
    expect(WORKBENCH_QUEUES.map((q) => q.label)).toEqual(['待受理', '我的', '本部门', '即将超期', '已超期', '待回访'])
  })

  it('sorts a known set into queues on the last working day before the holiday', () => {
    const viewer = viewerAt('2026-09-30T10:00:00+08:00')
    expect(members('unassigned', viewer)).toEqual(['fresh', 'returned'])
    expect(members('mine', viewer)).toEqual(['mineDueAfterHoliday', 'reopened'])
    expect(members('department', viewer)).toEqual(['mineDueAfterHoliday', 'colleagueLate', 'reopened'])
    // One working day ahead is 10-08: the seven holiday days do not count.
    expect(members('due-soon', viewer)).toEqual(['mineDueAfterHoliday'])
    expect(members('overdue', viewer)).toEqual(['colleagueLate'])
    expect(members('follow-up', viewer)).toEqual(['unsatisfied', 'reopened'])
  })

  it('moves messages between queues as the clock passes the holiday', () => {
    const afterHoliday = viewerAt('2026-10-09T09:00:00+08:00')
    expect(members('overdue', afterHoliday)).toEqual(['mineDueAfterHoliday', 'colleagueLate'])
    // 10-10 is a make-up working day: one working day from 10-09 reaches it, not 10-12.
    expect(members('due-soon', afterHoliday)).toEqual(['fresh'])
  })

  it('gives nobody a department queue who has no department', () => {
    const viewer = viewerAt('2026-09-30T10:00:00+08:00', { departmentId: undefined })
    expect(members('department', viewer)).toEqual([])
    expect(queueFilter('department', viewer)).toBeNull()
  })

  it('builds filters on indexed columns only', () => {
    const viewer = viewerAt('2026-09-30T10:00:00+08:00')
    const indexed = new Set(['status', 'assignedTo', 'department', 'dueAt', 'rating', 'reopenCount'])
    const fields = (where: unknown): string[] =>
      where && typeof where === 'object'
        ? Object.entries(where).flatMap(([key, value]) => (key === 'and' || key === 'or' ? (value as unknown[]).flatMap(fields) : [key]))
        : []
    for (const { key } of WORKBENCH_QUEUES) for (const field of fields(queueFilter(key, viewer))) expect(indexed.has(field), `${key}: ${field}`).toBe(true)
  })
})
