import type { Payload, Where } from 'payload'
import {
  WORKBENCH_QUEUES,
  queueFilter,
  workingDaysLeft,
  type QueueViewer,
  type WorkbenchFilters,
  type WorkbenchQueue,
} from '@/features/feedback/rules/workbench'
import { readReplyLimits } from '@/features/feedback/server/feedback-settings'
import { relationId } from '@/features/feedback/server/handling-state'

type Staff = { id: number | string; collection?: string; department?: unknown } | null | undefined

/** The viewer of the queues: their id, their department and the due-soon setting in force. */
export async function workbenchViewer(payload: Payload, user: Staff, now = new Date()): Promise<QueueViewer> {
  const { dueSoonWorkingDays } = await readReplyLimits(payload)
  let departmentId = relationId(user?.department)
  // A JWT-only user carries no department; read it from the staff directory then.
  if (!departmentId && user?.id !== undefined) {
    const self = await payload.findByID({ collection: 'users', id: user.id, depth: 0, select: { department: true }, overrideAccess: true }).catch(() => null)
    departmentId = relationId(self?.department)
  }
  return { userId: String(user?.id ?? ''), departmentId: departmentId || undefined, now, dueSoonWorkingDays }
}

const NOTHING: Where = { id: { equals: -1 } }
const asWhere = (queue: WorkbenchQueue, viewer: QueueViewer): Where => (queueFilter(queue, viewer) as Where | null) ?? NOTHING

/** How many messages wait in each queue, with the viewer's access (one indexed count per queue). */
export async function queueCounts(payload: Payload, user: Staff, viewer: QueueViewer): Promise<Record<WorkbenchQueue, number>> {
  const counts = await Promise.all(
    WORKBENCH_QUEUES.map(({ key }) =>
      payload.count({ collection: 'feedback', where: asWhere(key, viewer), overrideAccess: false, user: user as never }).then((r) => r.totalDocs),
    ),
  )
  return Object.fromEntries(WORKBENCH_QUEUES.map(({ key }, i) => [key, counts[i]])) as Record<WorkbenchQueue, number>
}

const ROW_FIELDS = { trackingCode: true, kind: true, subject: true, status: true, dueAt: true, createdAt: true, assignedTo: true, department: true, rating: true, reopenCount: true } as const

export type WorkbenchRow = {
  id: number | string
  trackingCode: string
  kind: string
  subject: string
  status: string
  createdAt: string
  departmentId: string
  handlerId: string
  /** Null when the message is no longer on a clock (answered or finished). */
  daysLeft: number | null
}

export const WORKBENCH_PAGE_SIZE = 50

/** One page of a queue, narrowed by the filters, sorted by time left (or newest first). */
export async function queueRows(payload: Payload, user: Staff, viewer: QueueViewer, filters: WorkbenchFilters) {
  const and: Where[] = [asWhere(filters.queue, viewer)]
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.department) and.push({ department: { equals: filters.department } })
  if (filters.handler) and.push({ assignedTo: { equals: filters.handler } })
  if (filters.status) and.push({ status: { equals: filters.status } })
  const result = await payload.find({
    collection: 'feedback',
    where: { and },
    // Working days left grow with the deadline, so sorting by dueAt is sorting by time left.
    sort: filters.sort === 'newest' ? '-createdAt' : 'dueAt',
    limit: WORKBENCH_PAGE_SIZE,
    page: filters.page,
    depth: 0,
    select: ROW_FIELDS,
    overrideAccess: false,
    user: user as never,
  })
  const rows: WorkbenchRow[] = result.docs.map((doc) => ({
    id: doc.id,
    trackingCode: doc.trackingCode,
    kind: doc.kind,
    subject: doc.subject,
    status: doc.status,
    createdAt: doc.createdAt,
    departmentId: relationId(doc.department),
    handlerId: relationId(doc.assignedTo),
    daysLeft: doc.dueAt ? workingDaysLeft(new Date(doc.dueAt), viewer.now) : null,
  }))
  return { rows, totalDocs: result.totalDocs, totalPages: result.totalPages, page: result.page ?? 1 }
}

export type StaffDirectory = {
  departments: { id: string; name: string; active: boolean }[]
  handlers: { id: string; name: string; departmentId: string }[]
}

/** Departments and the colleagues who may take a message (handlers and admins), names only. */
export async function staffDirectory(payload: Payload, user: Staff): Promise<StaffDirectory> {
  const [departments, handlers] = await Promise.all([
    payload.find({ collection: 'departments', limit: 500, depth: 0, sort: 'name', pagination: false, select: { name: true, active: true }, overrideAccess: false, user: user as never }),
    payload.find({
      collection: 'users',
      where: { roles: { in: ['handler', 'admin'] } },
      limit: 1000,
      pagination: false,
      depth: 0,
      sort: 'name',
      select: { name: true, department: true },
      overrideAccess: false,
      user: user as never,
    }),
  ])
  return {
    departments: departments.docs.map((d) => ({ id: String(d.id), name: d.name, active: d.active !== false })),
    handlers: handlers.docs.map((u) => ({ id: String(u.id), name: u.name, departmentId: relationId(u.department) })),
  }
}

/** Names by id, for rows and audit entries. */
export function directoryNames(directory: StaffDirectory) {
  const departments = new Map(directory.departments.map((d) => [d.id, d.name]))
  const handlers = new Map(directory.handlers.map((h) => [h.id, h.name]))
  return {
    department: (id: string) => (id ? departments.get(id) ?? '（已停用的部门）' : '未指定'),
    handler: (id: string) => (id ? handlers.get(id) ?? '（其他工作人员）' : '未指定'),
  }
}

/** What the workbench view reads for one address: the six counts, one page of rows, the directory. */
export async function loadWorkbench(payload: Payload, user: Staff, filters: WorkbenchFilters, now = new Date()) {
  const viewer = await workbenchViewer(payload, user, now)
  const [counts, page, directory] = await Promise.all([
    queueCounts(payload, user, viewer),
    queueRows(payload, user, viewer, filters),
    staffDirectory(payload, user),
  ])
  return { counts, page, directory }
}
