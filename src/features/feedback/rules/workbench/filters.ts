import { isHandlingStatus, type HandlingStatus } from '@/features/feedback/rules/handling/statuses'
import { isFeedbackKind } from '@/features/feedback/rules/intake/kinds'
import type { FeedbackKind } from '@/features/feedback/rules/intake/types'
import { isWorkbenchQueue, type WorkbenchQueue } from './queues'

export type WorkbenchFilters = {
  queue: WorkbenchQueue
  kind?: FeedbackKind
  department?: string
  handler?: string
  status?: HandlingStatus
  /** Time left, least first (the default), or newest received first. */
  sort: 'time-left' | 'newest'
  page: number
}

const ID = /^[A-Za-z0-9-]{1,40}$/
const one = (value: unknown) => (Array.isArray(value) ? value[0] : value)
const text = (value: unknown) => (typeof one(value) === 'string' ? (one(value) as string) : '')

/** The workbench's address bar read safely: anything unknown falls back to the default. */
export function parseWorkbenchFilters(params: Record<string, unknown>): WorkbenchFilters {
  const [queue, kind, department, handler, status, sort, page] = ['queue', 'kind', 'department', 'handler', 'status', 'sort', 'page'].map((k) => text(params[k]))
  const filters: WorkbenchFilters = {
    queue: isWorkbenchQueue(queue) ? queue : 'unassigned',
    sort: sort === 'newest' ? 'newest' : 'time-left',
    page: /^\d{1,4}$/.test(page) && Number(page) >= 1 ? Number(page) : 1,
  }
  if (isFeedbackKind(kind)) filters.kind = kind
  if (ID.test(department)) filters.department = department
  if (ID.test(handler)) filters.handler = handler
  if (isHandlingStatus(status)) filters.status = status
  return filters
}
