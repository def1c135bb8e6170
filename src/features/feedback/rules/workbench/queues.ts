import { dueSoonCutoff } from '@/features/feedback/rules/handling/deadlines'
import { OPEN_STATUSES } from '@/features/feedback/rules/handling/statuses'

/** The handler's queues, in the order of the tabs. One source for keys, labels and filters. */
export const WORKBENCH_QUEUES = [
  { key: 'unassigned', label: '待受理', hint: '已收到或已受理、尚未交办给承办人的留言' },
  { key: 'mine', label: '我的', hint: '交办给我、尚未答复的留言' },
  { key: 'department', label: '本部门', hint: '交办给我所在部门、尚未答复的留言' },
  { key: 'due-soon', label: '即将超期', hint: '时限将在提醒天数内到期、尚未办完的留言' },
  { key: 'overdue', label: '已超期', hint: '已过时限、尚未办完的留言' },
  { key: 'follow-up', label: '待回访', hint: '群众评价“不满意”或已申请重新办理的留言' },
] as const

export type WorkbenchQueue = (typeof WORKBENCH_QUEUES)[number]['key']

export function isWorkbenchQueue(value: unknown): value is WorkbenchQueue {
  return WORKBENCH_QUEUES.some((queue) => queue.key === value)
}

export const queueLabel = (queue: WorkbenchQueue) => WORKBENCH_QUEUES.find((q) => q.key === queue)!.label

/** Who is looking and when: "mine" and "my department" depend on the first, the clocks on the second. */
export type QueueViewer = {
  userId: string
  /** The viewer's own department (users.department), if they have one. */
  departmentId?: string
  now: Date
  /** Working days before the deadline at which a message counts as due soon (FeedbackSettings). */
  dueSoonWorkingDays: number
}

/** A message as the queues see it (ids as strings, dates as ISO strings or Dates). */
export type QueueRow = {
  status: string
  assignedTo?: string | null
  department?: string | null
  dueAt?: string | Date | null
  rating?: string | null
  reopenCount?: number | null
}

const UNASSIGNED_STATUSES = ['received', 'accepted'] as const
const open = (status: string) => (OPEN_STATUSES as readonly string[]).includes(status)
const time = (value: string | Date | null | undefined) => (value ? new Date(value).getTime() : NaN)

/** Whether a message belongs in a queue: the reference the database filter below must agree with. */
export function isInQueue(queue: WorkbenchQueue, row: QueueRow, viewer: QueueViewer): boolean {
  const now = viewer.now.getTime()
  switch (queue) {
    case 'unassigned':
      return (UNASSIGNED_STATUSES as readonly string[]).includes(row.status)
    case 'mine':
      return open(row.status) && Boolean(row.assignedTo) && row.assignedTo === viewer.userId
    case 'department':
      return open(row.status) && Boolean(viewer.departmentId) && row.department === viewer.departmentId
    case 'due-soon': {
      const due = time(row.dueAt)
      return open(row.status) && due >= now && due <= dueSoonCutoff(viewer.now, viewer.dueSoonWorkingDays).getTime()
    }
    case 'overdue':
      return open(row.status) && time(row.dueAt) < now
    case 'follow-up':
      return (row.status === 'replied' && row.rating === 'unsatisfied') || (open(row.status) && (row.reopenCount ?? 0) >= 1)
  }
}

/**
 * The same queue as a filter in Payload's `where` shape (plain data, so this file stays pure).
 * Every branch starts from an indexed column (status, assignedTo, department, dueAt). Null means
 * the queue is empty for this viewer (no department).
 */
export function queueFilter(queue: WorkbenchQueue, viewer: QueueViewer): Record<string, unknown> | null {
  const openStatus = { status: { in: [...OPEN_STATUSES] } }
  const now = viewer.now.toISOString()
  switch (queue) {
    case 'unassigned':
      return { status: { in: [...UNASSIGNED_STATUSES] } }
    case 'mine':
      return { and: [{ assignedTo: { equals: viewer.userId } }, openStatus] }
    case 'department':
      return viewer.departmentId ? { and: [{ department: { equals: viewer.departmentId } }, openStatus] } : null
    case 'due-soon':
      return {
        and: [
          openStatus,
          { dueAt: { greater_than_equal: now } },
          { dueAt: { less_than_equal: dueSoonCutoff(viewer.now, viewer.dueSoonWorkingDays).toISOString() } },
        ],
      }
    case 'overdue':
      return { and: [openStatus, { dueAt: { less_than: now } }] }
    case 'follow-up':
      return {
        or: [
          { and: [{ status: { equals: 'replied' } }, { rating: { equals: 'unsatisfied' } }] },
          { and: [openStatus, { reopenCount: { greater_than_equal: 1 } }] },
        ],
      }
  }
}
