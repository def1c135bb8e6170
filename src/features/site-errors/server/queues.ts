import type { Payload } from 'payload'
import { shanghaiDay } from '@/features/feedback/rules/handling'
import { ERROR_REPORT_QUEUES, queueQuery, type ErrorReportQueue } from '@/features/site-errors/rules'

type Staff = { id: number | string; collection?: string } | null | undefined

const ROW_FIELDS = { reference: true, pageUrl: true, description: true, contactGiven: true, status: true, receivedAt: true, dueDay: true, outcome: true, answer: true, dismissReason: true, answeredAt: true } as const

/** Each queue's count, as the staff member may see them. */
export async function errorReportCounts(payload: Payload, user: Staff, now = new Date()): Promise<Record<ErrorReportQueue, number>> {
  const today = shanghaiDay(now)
  const counts = await Promise.all(
    ERROR_REPORT_QUEUES.map(async (queue) => {
      const { where } = queueQuery(queue.key, today)
      const result = await payload.count({ collection: 'site-error-reports', where, overrideAccess: false, user: user as never })
      return [queue.key, result.totalDocs] as const
    }),
  )
  return Object.fromEntries(counts) as Record<ErrorReportQueue, number>
}

/** One page of a queue. */
export async function errorReportRows(payload: Payload, user: Staff, queue: ErrorReportQueue, page: number, now = new Date()) {
  const { where, sort } = queueQuery(queue, shanghaiDay(now))
  return payload.find({ collection: 'site-error-reports', where, sort, page, limit: 50, depth: 0, select: ROW_FIELDS, overrideAccess: false, user: user as never })
}

/** One report for its desk. */
export async function errorReportById(payload: Payload, user: Staff, id: string) {
  if (!/^[A-Za-z0-9-]{1,40}$/.test(id)) return null
  return payload.findByID({ collection: 'site-error-reports', id, depth: 0, overrideAccess: false, user: user as never }).catch(() => null)
}

export type ErrorReportRow = Awaited<ReturnType<typeof errorReportRows>>['docs'][number]
