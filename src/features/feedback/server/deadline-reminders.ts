import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'
import { describeDueAt } from '@/features/feedback/rules/handling'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { queueEmail } from '@/platform/email/queue-email'
import { feedbackDeadlineReminder } from '@/features/feedback/email/feedbackDeadlineReminder'
import { dueSoonWhere, overdueWhere } from './feedback-deadlines'
import { readReplyLimits } from './feedback-settings'
import { serverUrl } from '@/platform/site-shell/server-url'

type Threshold = 'due-soon' | 'overdue'
const MARK: Record<Threshold, 'dueSoonRemindedAt' | 'overdueRemindedAt'> = { 'due-soon': 'dueSoonRemindedAt', overdue: 'overdueRemindedAt' }

type Candidate = { id: number | string; trackingCode: string; kind: string; dueAt?: string | null; assignedTo?: unknown; department?: unknown }

const emailOf = (value: unknown) =>
  value && typeof value === 'object' && 'email' in value && typeof value.email === 'string' && value.email ? value.email : undefined

/**
 * E-mails the assigned handler (or, with nobody assigned, the department's address) once per
 * message when its deadline is near and once when it has passed. Each reminder is queued and
 * marked in one transaction, so a crash never sends twice or loses one. `now` is a parameter so
 * tests can move the clock.
 */
export async function sendDeadlineReminders(payload: Payload, now: Date = new Date()) {
  const { dueSoonWorkingDays } = await readReplyLimits(payload)
  const sent: Record<Threshold, number> = { 'due-soon': 0, overdue: 0 }
  const plan: [Threshold, Where][] = [
    ['overdue', overdueWhere(now)],
    ['due-soon', dueSoonWhere(now, dueSoonWorkingDays)],
  ]
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  for (const [threshold, where] of plan) {
    const mark = MARK[threshold]
    const candidates = await payload.find({
      collection: 'feedback',
      where: { and: [where, { [mark]: { exists: false } }, { or: [{ assignedTo: { exists: true } }, { department: { exists: true } }] }] },
      limit: 200,
      depth: 1,
      overrideAccess: true,
      select: { trackingCode: true, kind: true, dueAt: true, assignedTo: true, department: true },
    })
    for (const message of candidates.docs as Candidate[]) {
      const to = emailOf(message.assignedTo) ?? emailOf(message.department)
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      try {
        if (to && message.dueAt) {
          const email = feedbackDeadlineReminder({
            siteName: settings.siteName,
            trackingCode: message.trackingCode,
            kindLabel: FEEDBACK_KINDS.find((kind) => kind.value === message.kind)?.label ?? '',
            threshold,
            dueAt: message.dueAt,
            remaining: describeDueAt(new Date(message.dueAt), now).text,
            adminUrl: `${serverUrl()}/admin/collections/feedback/${message.id}`,
          })
          await queueEmail(req, { to, ...email, kind: `feedback-${threshold}` })
          sent[threshold] += 1
        }
        // Marked even without an address, so the same message is not looked at every run.
        await payload.update({ collection: 'feedback', id: message.id, data: { [mark]: now.toISOString() }, overrideAccess: true, depth: 0, req })
        await commitTransaction(req)
      } catch (error) {
        await killTransaction(req)
        throw error
      }
    }
  }
  return sent
}
