import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'
import { shanghaiDay } from '@/features/feedback/rules/handling/working-days'
import {
  buildDigest,
  isDigestDue,
  isDigestWorthSending,
  queueFilter,
  type DigestMessage,
  type DigestRecipient,
  type QueueViewer,
} from '@/features/feedback/rules/workbench'
import { feedbackDailyDigest } from '@/features/feedback/email/feedbackDailyDigest'
import { deskPath, workbenchPath } from '@/features/feedback/ui/admin/workbench/workbench-paths'
import { queueEmail } from '@/platform/email/queue-email'
import { serverUrl } from '@/platform/site-shell/server-url'
import { readReplyLimits } from '@/features/feedback/server/feedback-settings'
import { relationId } from '@/features/feedback/server/handling-state'

/** More open messages than this for one recipient are counted from the first ones only. */
const MESSAGES_PER_RECIPIENT = 5000
const DIGEST_FIELDS = { trackingCode: true, kind: true, status: true, dueAt: true, createdAt: true, assignedTo: true, department: true, rating: true, reopenCount: true } as const

type Recipient = { to: string; collection: 'users' | 'departments'; id: number | string; sentOn?: string | null; who: DigestRecipient; departmentName?: string }

async function recipients(payload: Payload): Promise<Recipient[]> {
  const [users, departments] = await Promise.all([
    payload.find({
      collection: 'users',
      where: { and: [{ feedbackDigest: { equals: true } }, { roles: { in: ['handler', 'admin'] } }, { deactivated: { not_equals: true } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { email: true, department: true, feedbackDigestSentOn: true },
    }),
    payload.find({
      collection: 'departments',
      where: { and: [{ feedbackDigest: { equals: true } }, { active: { not_equals: false } }, { email: { exists: true } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { name: true, email: true, feedbackDigestSentOn: true },
    }),
  ])
  return [
    ...users.docs.map((u): Recipient => ({ to: u.email, collection: 'users', id: u.id, sentOn: u.feedbackDigestSentOn, who: { kind: 'handler', userId: String(u.id), departmentId: relationId(u.department) || undefined } })),
    ...departments.docs
      .filter((d) => d.email)
      .map((d): Recipient => ({ to: d.email!, collection: 'departments', id: d.id, sentOn: d.feedbackDigestSentOn, who: { kind: 'department', departmentId: String(d.id) }, departmentName: d.name })),
  ]
}

/** The open messages a recipient's digest looks at: the same filters as 我的 and 本部门. */
async function openMessages(payload: Payload, who: DigestRecipient, viewer: QueueViewer): Promise<DigestMessage[]> {
  const where = (who.kind === 'handler' ? queueFilter('mine', { ...viewer, userId: who.userId }) : queueFilter('department', { ...viewer, departmentId: who.departmentId })) as Where
  const found = await payload.find({ collection: 'feedback', where, sort: 'dueAt', limit: MESSAGES_PER_RECIPIENT, depth: 0, overrideAccess: true, select: DIGEST_FIELDS })
  return found.docs.map((doc) => ({
    id: String(doc.id),
    trackingCode: doc.trackingCode,
    kind: doc.kind,
    status: doc.status,
    createdAt: doc.createdAt,
    dueAt: doc.dueAt,
    assignedTo: relationId(doc.assignedTo) || null,
    department: relationId(doc.department) || null,
    rating: doc.rating,
    reopenCount: doc.reopenCount,
  }))
}

/**
 * The daily digests: to every handler and every department address that opted in, at most one a
 * Beijing working day. Each recipient's e-mail is queued in the outbox and their "sent on" day
 * stamped in one transaction, so a second run (a retry, a restart) never sends twice; with
 * nothing to report the day is stamped and nothing sent. `now` is a parameter for tests.
 */
export async function sendDailyDigests(payload: Payload, now: Date = new Date()) {
  const sent = { handlers: 0, departments: 0, empty: 0 }
  const { dueSoonWorkingDays } = await readReplyLimits(payload)
  const viewer: QueueViewer = { userId: '', now, dueSoonWorkingDays }
  const today = shanghaiDay(now)
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const base = serverUrl()
  for (const recipient of await recipients(payload)) {
    if (!isDigestDue(recipient.sentOn, now)) continue
    const digest = buildDigest(await openMessages(payload, recipient.who, viewer), recipient.who, viewer)
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      if (isDigestWorthSending(digest)) {
        const email = feedbackDailyDigest({
          siteName: settings.siteName,
          digest,
          scope: recipient.who.kind === 'handler' ? { kind: 'handler' } : { kind: 'department', departmentName: recipient.departmentName ?? '' },
          workbenchUrl: `${base}${workbenchPath('/admin')}`,
          deskUrl: (id) => `${base}${deskPath('/admin', id)}`,
        })
        await queueEmail(req, { to: recipient.to, ...email, kind: `feedback-digest-${recipient.who.kind}` })
        sent[recipient.collection === 'users' ? 'handlers' : 'departments'] += 1
      } else sent.empty += 1
      // Bookkeeping, not a person's change: straight to the database (no hooks, no audit entry).
      await payload.db.updateOne({ collection: recipient.collection, id: recipient.id, data: { feedbackDigestSentOn: today }, req, returning: false })
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }
  return sent
}
