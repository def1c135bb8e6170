import type { CollectionAfterChangeHook } from 'payload'
import { shanghaiDay } from '@/features/feedback/rules/handling'
import { errorReportAnswered } from '@/features/site-errors/email/errorReportAnswered'
import { outcomeLabel } from '@/features/site-errors/rules'
import { queueEmail } from '@/platform/email/queue-email'

/** The answer goes to the reporter's address, if they left one, in the transaction that records it. */
export const queueErrorReportAnswer: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status !== 'answered' || previousDoc?.status === 'answered') return doc
  // The address is readable by administrators only, so the system reads it here.
  const stored = await req.payload.findByID({ collection: 'site-error-reports', id: doc.id, depth: 0, select: { email: true }, overrideAccess: true, showHiddenFields: true, req })
  if (!stored.email) return doc
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const email = errorReportAnswered({
    siteName: settings.siteName,
    reference: doc.reference,
    pageUrl: doc.pageUrl,
    outcomeLabel: outcomeLabel(doc.outcome),
    answer: doc.answer ?? '',
    answeredDay: shanghaiDay(new Date(doc.answeredAt ?? Date.now())),
  })
  await queueEmail(req, { to: stored.email, ...email, kind: 'site-error-answered' })
  return doc
}
