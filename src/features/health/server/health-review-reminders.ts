import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'
import { overdueBefore, reminderAlreadySent } from '@/features/health/rules/health-review'
import { queueEmail } from '@/platform/email/queue-email'
import { healthReviewDue } from '@/features/health/email/healthReviewDue'
import { serverUrl } from '@/platform/site-shell/server-url'

/** Published health pages whose review date has passed (today in Beijing is after it). */
export const reviewOverdueWhere = (now: Date = new Date()): Where => ({
  and: [{ _status: { equals: 'published' } }, { nextReviewDueAt: { less_than: overdueBefore(now).toISOString() } }],
})

type Candidate = {
  id: number | string
  title: string
  slug?: string | null
  nextReviewDueAt?: string | null
  reviewReminderSentFor?: string | null
  reviewerEmail?: string | null
  medicalReviewer?: { name?: string | null } | null
}

/**
 * E-mails the page's reviewer (or STAFF_NOTIFY_EMAIL) once per due date when a health page is
 * past its review date. The e-mail is queued and the page marked with the due date in one
 * transaction: a crash neither loses the reminder nor sends it twice, and a new due date set by
 * the next review starts over. `now` is a parameter so tests can move the clock.
 */
export async function sendHealthReviewReminders(payload: Payload, now: Date = new Date()) {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const overdue = await payload.find({
    collection: 'health-topics',
    where: reviewOverdueWhere(now),
    limit: 500,
    depth: 1,
    overrideAccess: true,
    select: { title: true, slug: true, nextReviewDueAt: true, reviewReminderSentFor: true, reviewerEmail: true, medicalReviewer: true },
  })
  let sent = 0
  for (const topic of overdue.docs as Candidate[]) {
    if (!topic.nextReviewDueAt || reminderAlreadySent(topic.nextReviewDueAt, topic.reviewReminderSentFor)) continue
    const to = topic.reviewerEmail || process.env.STAFF_NOTIFY_EMAIL
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      if (to) {
        const email = healthReviewDue({
          siteName: settings.siteName,
          topicTitle: topic.title,
          reviewerName: topic.medicalReviewer?.name,
          nextReviewDueAt: topic.nextReviewDueAt,
          pageUrl: `${serverUrl()}/health/${topic.slug}`,
          adminUrl: `${serverUrl()}/admin/collections/health-topics/${topic.id}`,
        })
        await queueEmail(req, { to, ...email, kind: 'health-review-due' })
        sent += 1
      }
      // Marked even without an address, so the same page is not looked at on every run. Written
      // straight to the row, not through `update`: that would save a new published version over a
      // revision an editor may be drafting right now, which is likely for a page due for review.
      await payload.db.updateOne({
        collection: 'health-topics',
        id: topic.id,
        data: { reviewReminderSentFor: topic.nextReviewDueAt },
        req,
        returning: false,
      })
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }
  return { sent }
}
