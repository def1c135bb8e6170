/** The desk's queues of applications, in the order staff see them. */
export const DESK_QUEUES = [
  { key: 'open', label: '办理中' },
  { key: 'due-soon', label: '3 个工作日内到期' },
  { key: 'overdue', label: '已超期' },
  { key: 'correction', label: '待补正' },
  { key: 'answered', label: '已答复' },
  { key: 'lapsed', label: '视为放弃' },
] as const

export type DeskQueue = (typeof DESK_QUEUES)[number]['key']

export const DUE_SOON_WORKING_DAYS = 3

export const isDeskQueue = (value: unknown): value is DeskQueue => DESK_QUEUES.some((q) => q.key === value)
export const deskQueueLabel = (key: DeskQueue) => DESK_QUEUES.find((q) => q.key === key)?.label ?? key
