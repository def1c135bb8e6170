import type { CollectionAfterChangeHook } from 'payload'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { queueEmail } from '@/platform/email/queue-email'
import { feedbackReceived } from '@/features/feedback/email/feedbackReceived'
import { feedbackReplied } from '@/features/feedback/email/feedbackReplied'
import { feedbackMerged, feedbackUnmerged } from '@/features/feedback/email/feedbackMerged'
import { feedbackStaffNotice } from '@/features/feedback/email/feedbackStaffNotice'
import { DEFAULT_REPLY_LIMITS, statusLabel } from '@/features/feedback/rules/handling'
import { serverUrl } from '@/platform/site-shell/server-url'

/**
 * Queues the e-mails about a message in the same transaction that saves it (the jobs table is
 * the outbox): a confirmation to the resident, a notice to staff, and later "your reply is ready".
 */
export const queueFeedbackEmails: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const base = serverUrl()
  const trackUrl = `${base}/feedback/track?code=${encodeURIComponent(doc.trackingCode)}`
  // The resident's address is not part of `doc` (nobody may read it through the API), so the
  // server reads it here, inside the same transaction.
  const stored = await req.payload.findByID({ collection: 'feedback', id: doc.id, depth: 0, select: { contact: true }, overrideAccess: true, req })
  const residentEmail = stored.contact?.email ?? undefined
  const kindLabel = FEEDBACK_KINDS.find((kind) => kind.value === doc.kind)?.label ?? ''

  if (operation === 'create') {
    if (residentEmail) {
      const email = feedbackReceived({
        siteName: settings.siteName,
        trackingCode: doc.trackingCode,
        trackUrl,
        kindLabel,
        receivedAt: doc.createdAt,
        replyWithinWorkingDays: doc.limitDays ?? DEFAULT_REPLY_LIMITS[doc.kind as keyof typeof DEFAULT_REPLY_LIMITS] ?? 5,
      })
      await queueEmail(req, { to: residentEmail, ...email, kind: 'feedback-received' })
    }
    const staff = process.env.STAFF_NOTIFY_EMAIL
    if (staff) {
      const email = feedbackStaffNotice({
        siteName: settings.siteName,
        trackingCode: doc.trackingCode,
        kindLabel,
        // The resident's own words stay behind the admin login: they may hold personal details.
        subject: '（请登录后台查看）',
        adminUrl: `${base}/admin/collections/feedback/${doc.id}`,
        receivedAt: doc.createdAt,
      })
      await queueEmail(req, { to: staff, ...email, kind: 'feedback-staff-notice' })
    }
    return doc
  }

  if (doc.mergedAt && !previousDoc?.mergedAt && residentEmail) {
    const email = feedbackMerged({ siteName: settings.siteName, trackingCode: doc.trackingCode, trackUrl })
    await queueEmail(req, { to: residentEmail, ...email, kind: 'feedback-merged' })
  }
  if (!doc.mergedAt && previousDoc?.mergedAt && residentEmail) {
    const email = feedbackUnmerged({ siteName: settings.siteName, trackingCode: doc.trackingCode, statusLabel: statusLabel(doc.status), trackUrl })
    await queueEmail(req, { to: residentEmail, ...email, kind: 'feedback-unmerged' })
  }
  if (doc.status === 'replied' && previousDoc?.status !== 'replied' && residentEmail) {
    const email = feedbackReplied({ siteName: settings.siteName, trackingCode: doc.trackingCode, trackUrl })
    await queueEmail(req, { to: residentEmail, ...email, kind: 'feedback-replied' })
  }
  return doc
}
