/** The desk's queues: what each holds, as a query on status and answer day (`today` in Beijing). */
export const ERROR_REPORT_QUEUES = [
  { key: 'open', label: '待处理', hint: '按答复期限排列，最急的在前' },
  { key: 'overdue', label: '已超期', hint: '过了 3 个工作日仍未办结' },
  { key: 'answered', label: '已答复', hint: '最近办结的在前' },
  { key: 'dismissed', label: '不予处理', hint: '最近办结的在前' },
] as const

export type ErrorReportQueue = (typeof ERROR_REPORT_QUEUES)[number]['key']

export const isErrorReportQueue = (value: unknown): value is ErrorReportQueue => ERROR_REPORT_QUEUES.some((queue) => queue.key === value)

type FieldQuery = Record<string, { equals: string } | { less_than: string }>

/** The filter and order of a queue, in the shape of a Payload `where`. */
export function queueQuery(queue: ErrorReportQueue, today: string): { where: FieldQuery | { and: FieldQuery[] }; sort: string } {
  switch (queue) {
    case 'open':
      return { where: { status: { equals: 'received' } }, sort: 'dueDay' }
    case 'overdue':
      return { where: { and: [{ status: { equals: 'received' } }, { dueDay: { less_than: today } }] }, sort: 'dueDay' }
    case 'answered':
      return { where: { status: { equals: 'answered' } }, sort: '-answeredAt' }
    case 'dismissed':
      return { where: { status: { equals: 'dismissed' } }, sort: '-answeredAt' }
  }
}
