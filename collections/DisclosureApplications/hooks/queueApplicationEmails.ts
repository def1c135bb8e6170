import type { CollectionAfterChangeHook } from 'payload'
import { applicationAnswered, applicationCorrectionRequested, applicationReceived } from '@/features/disclosure/email/applicationEmails'
import { TRACK_PATH } from '@/features/disclosure/server/paths'
import { queueEmail } from '@/platform/email/queue-email'
import { formatDay } from '@/platform/site-shell/format-date'
import { serverUrl } from '@/platform/site-shell/server-url'

/**
 * The applicant's e-mails, queued in the transaction that saves the step (the jobs table is the
 * outbox): the receipt, a 补正 request, and the reply letter. Only when an address was given.
 */
export const queueApplicationEmails: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const stored = await req.payload.findByID({ collection: 'disclosure-applications', id: doc.id, depth: 0, select: { applicant: true, letter: true }, overrideAccess: true, req })
  const to = stored.applicant?.email
  if (!to) return doc
  const { siteName } = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const common = { siteName, trackingCode: doc.trackingCode, trackUrl: `${serverUrl()}${TRACK_PATH}?code=${encodeURIComponent(doc.trackingCode)}` }
  if (operation === 'create') {
    const email = applicationReceived({ ...common, receivedDay: formatDay(doc.receivedAt), answerDueDay: doc.answerDueDay ?? '' })
    await queueEmail(req, { to, ...email, kind: 'disclosure-received' })
  } else if (doc.status === 'awaiting-correction' && previousDoc?.status !== 'awaiting-correction') {
    const open = (doc.corrections ?? []).find((c: { answeredAt?: string | null }) => !c.answeredAt)
    const email = applicationCorrectionRequested({ ...common, what: open?.what ?? '', dueDay: open?.dueDay ?? '' })
    await queueEmail(req, { to, ...email, kind: 'disclosure-correction' })
  } else if (doc.status === 'answered' && previousDoc?.status !== 'answered' && stored.letter) {
    await queueEmail(req, { to, ...applicationAnswered({ ...common, letter: stored.letter }), kind: 'disclosure-answered' })
  }
  return doc
}
