import type { Payload } from 'payload'
import { COMMENT_CONTACT_RETENTION, commentContactDue, consultationClosedAt } from '@/features/consultations/rules'
import { findDueIds, runRetentionSweep, type RetentionSweep } from '@/platform/retention/retention-sweep'
import { isPastCutoff } from '@/platform/retention/rules/retention-period'

export const COMMENT_ANONYMISE_ACTION = 'consultations.anonymise-comment'

const withText = (field: 'name' | 'contact') => ({ and: [{ [field]: { exists: true } }, { [field]: { not_equals: '' } }] })

/** Consultations whose closing day lies before the cut-off (their comments' contacts are due). */
async function closedBefore(payload: Payload, cutoff: Date) {
  const found = await payload.find({
    collection: 'consultations',
    where: { closesOn: { less_than: cutoff.toISOString() } },
    select: { closesOn: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs.filter((doc) => isPastCutoff(consultationClosedAt(doc.closesOn), cutoff))
}

/**
 * Consultation comments: the name and contact removed once the consultation has been closed
 * for the period; the comment, its consent and its public copy stay, so the 意见采纳情况 counts
 * do not change.
 */
export const commentContactSweep: RetentionSweep = {
  name: 'consultation comments',
  collection: 'consultation-comments',
  action: COMMENT_ANONYMISE_ACTION,
  period: { ...COMMENT_CONTACT_RETENTION, global: 'feedback-settings', field: 'commentRetentionMonths' },
  dueIds: async (payload, cutoff) => {
    const consultations = new Map((await closedBefore(payload, cutoff)).map((doc) => [String(doc.id), doc]))
    if (consultations.size === 0) return []
    return findDueIds<{ consultation: unknown; name?: string | null; contact?: string | null }>(payload, {
      collection: 'consultation-comments',
      where: { and: [{ consultation: { in: [...consultations.values()].map((doc) => doc.id) } }, { or: [withText('name'), withText('contact')] }] },
      select: { consultation: true, name: true, contact: true },
      isDue: (doc) => {
        const consultation = consultations.get(String(doc.consultation))
        return Boolean(consultation) && commentContactDue(doc, consultation!, cutoff)
      },
    })
  },
  anonymise: async (row) =>
    row.name || row.contact
      ? { data: { name: null, contact: null }, summary: `征求意见（编号 ${String(row.consultation)}）截止满保存期限，意见 ${row.id} 的称呼和联系方式已删除` }
      : null,
}

export const anonymiseCommentContacts = (payload: Payload, now = new Date()) => runRetentionSweep(payload, commentContactSweep, now)
