import type { Payload, TypedUser, Where } from 'payload'
import { DESK_QUEUES, DUE_SOON_WORKING_DAYS, type DeskQueue } from '@/features/disclosure/rules'
import { addWorkingDays, shanghaiDay } from '@/features/feedback/rules/handling/working-days'

/** Each queue as a database filter, against today's date in Beijing. */
export function queueWhere(queue: DeskQueue, now = new Date()): Where {
  const today = shanghaiDay(now)
  switch (queue) {
    case 'open':
      return { status: { equals: 'received' } }
    case 'due-soon':
      return { and: [{ status: { equals: 'received' } }, { answerDueDay: { greater_than_equal: today } }, { answerDueDay: { less_than_equal: addWorkingDays(today, DUE_SOON_WORKING_DAYS) } }] }
    case 'overdue':
      return { and: [{ status: { equals: 'received' } }, { answerDueDay: { less_than: today } }] }
    case 'correction':
      return { status: { equals: 'awaiting-correction' } }
    case 'answered':
      return { status: { equals: 'answered' } }
    case 'lapsed':
      return { status: { equals: 'lapsed' } }
  }
}

/** How many applications wait in each queue, counted with the staff member's own access. */
export async function deskCounts(payload: Payload, user: TypedUser): Promise<Record<DeskQueue, number>> {
  const counts = await Promise.all(
    DESK_QUEUES.map(async ({ key }) => [key, (await payload.count({ collection: 'disclosure-applications', where: queueWhere(key), overrideAccess: false, user })).totalDocs] as const),
  )
  return Object.fromEntries(counts) as Record<DeskQueue, number>
}

/** One page of a queue, the most pressing first (earliest deadline, or newest once finished). */
export async function deskRows(payload: Payload, user: TypedUser, queue: DeskQueue, page: number) {
  const finished = queue === 'answered' || queue === 'lapsed'
  return payload.find({
    collection: 'disclosure-applications',
    where: queueWhere(queue),
    sort: finished ? '-receivedAt' : queue === 'correction' ? 'receivedAt' : 'answerDueDay',
    limit: 25,
    page,
    depth: 0,
    overrideAccess: false,
    user,
    select: { trackingCode: true, status: true, applicantType: true, applicantMasked: true, receivedAt: true, answerDueDay: true, corrections: true, answer: true },
  })
}
