import type { Payload, Where } from 'payload'
import { dueSoonCutoff, OPEN_STATUSES } from '@/features/feedback/rules/handling'

export const overdueWhere = (now: Date): Where => ({
  and: [{ status: { in: [...OPEN_STATUSES] } }, { dueAt: { less_than: now.toISOString() } }],
})

export const dueSoonWhere = (now: Date, dueSoonWorkingDays: number): Where => ({
  and: [
    { status: { in: [...OPEN_STATUSES] } },
    { dueAt: { greater_than_equal: now.toISOString() } },
    { dueAt: { less_than_equal: dueSoonCutoff(now, dueSoonWorkingDays).toISOString() } },
  ],
})

const LIST_FIELDS = { trackingCode: true, kind: true, subject: true, status: true, dueAt: true, assignedTo: true, department: true } as const

/** Staff lists, most urgent first; runs with the caller's access (a handler's `user`). */
export async function deadlineLists(payload: Payload, user: unknown, now: Date, dueSoonWorkingDays: number, limit = 50) {
  const query = (where: Where) =>
    payload.find({ collection: 'feedback', where, sort: 'dueAt', limit, depth: 1, select: LIST_FIELDS, overrideAccess: false, user: user as never })
  const [overdue, dueSoon] = await Promise.all([query(overdueWhere(now)), query(dueSoonWhere(now, dueSoonWorkingDays))])
  return { overdue, dueSoon }
}
