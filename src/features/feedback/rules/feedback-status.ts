/** Where a resident's message stands; the labels are what residents and staff read. */
export const FEEDBACK_STATUSES = [
  { value: 'received', label: '已收到' },
  { value: 'accepted', label: '已受理' },
  { value: 'declined', label: '不予受理' },
  { value: 'transferred', label: '已转办' },
  { value: 'assigned', label: '办理中' },
  { value: 'replied', label: '已答复' },
  { value: 'closed', label: '已办结' },
] as const

export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]['value']

export const statusLabel = (value: string | null | undefined) =>
  FEEDBACK_STATUSES.find((status) => status.value === value)?.label ?? ''

