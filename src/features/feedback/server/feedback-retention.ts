import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { FEEDBACK_RETENTION, isDueForAnonymisation, type RetentionCandidate } from '@/features/feedback/rules/retention'
import { FINISHED_STATUSES } from '@/features/feedback/rules/handling'
import { anonymiseCopiesOf } from '@/features/moderation'
import { uploadsRoot } from '@/platform/backup/uploads'
import { findDueIds, runRetentionSweep, type RetentionSweep, type SweepRun } from '@/platform/retention/retention-sweep'
import { ANONYMISED_TEXT } from '@/platform/retention/rules/retention-period'

export const ANONYMISE_ACTION = 'feedback.anonymise'

const replaced = (text: unknown) => (text ? ANONYMISED_TEXT : null)
const idOf = (value: unknown) => (typeof value === 'object' && value ? (value as { id: number | string }).id : value) as number | string

/**
 * Messages finished longer ago than 个人信息保存期限 (留言办理时限 settings), each in one transaction
 * with its audit entry: personal data and free text replaced, attachment rows removed (their files
 * once the transaction committed), copies still on the moderation desk cleared. Kept: status,
 * kind, department, dates and the computed figures the open-data statistics count, and the
 * tracking code and key hash, so the resident's link still answers (with a notice).
 */
const feedbackSweep = (deleted: { files: number }): RetentionSweep => ({
  name: 'messages',
  collection: 'feedback',
  action: ANONYMISE_ACTION,
  period: { ...FEEDBACK_RETENTION, global: 'feedback-settings', field: 'retentionMonths' },
  // createdAt narrows the scan (finished ≥ created); the rule decides.
  dueIds: (payload, cutoff) =>
    findDueIds<RetentionCandidate>(payload, {
      collection: 'feedback',
      where: { status: { in: [...FINISHED_STATUSES] }, anonymisedAt: { exists: false }, createdAt: { less_than: cutoff.toISOString() } },
      select: { status: true, createdAt: true, updatedAt: true, anonymisedAt: true, timeline: true },
      isDue: (doc) => isDueForAnonymisation(doc, cutoff),
    }),
  anonymise: async (row, { now, req }) => {
    if (row.anonymisedAt) return null
    const attachmentIds = ((row.attachments as unknown[] | null) ?? []).map(idOf)
    const attachments = attachmentIds.length
      ? (await req.payload.find({ collection: 'feedback-attachments', where: { id: { in: attachmentIds } }, depth: 0, limit: attachmentIds.length, overrideAccess: true, req })).docs
      : []
    if (attachmentIds.length) await req.payload.db.deleteMany({ collection: 'feedback-attachments', where: { id: { in: attachmentIds } }, req })
    await anonymiseCopiesOf(req.payload, row.id, ANONYMISED_TEXT, req)
    const files = attachments.map((a) => a.filename).filter((name): name is string => Boolean(name))
    return {
      data: {
        anonymisedAt: now.toISOString(),
        subject: ANONYMISED_TEXT,
        message: ANONYMISED_TEXT,
        contact: { name: null, phone: null, email: null },
        contactMasked: { name: null, phone: null, email: null },
        attachments: [],
        reply: replaced(row.reply),
        ratingComment: replaced(row.ratingComment),
        declineReason: replaced(row.declineReason),
        transferReason: replaced(row.transferReason),
        extensionReason: replaced(row.extensionReason),
        internalNotes: ((row.internalNotes as Record<string, unknown>[] | null) ?? []).map((note) => ({ ...note, note: ANONYMISED_TEXT })),
      },
      summary: `${row.trackingCode} 办结满保存期限，已匿名化（删除附件 ${attachments.length} 个）`,
      // Files go only after the commit: a rollback must never leave rows pointing at nothing.
      afterCommit: () => {
        const folder = path.join(uploadsRoot(), 'feedback')
        for (const name of files) fs.rmSync(path.join(folder, path.basename(name)), { force: true })
        deleted.files += files.length
      },
    }
  },
})

export type RetentionRun = SweepRun & { attachmentsDeleted: number }

/** Anonymises every finished message past the retention period as of `now`. */
export async function anonymiseExpiredFeedback(payload: Payload, now = new Date()): Promise<RetentionRun> {
  const deleted = { files: 0 }
  const run = await runRetentionSweep(payload, feedbackSweep(deleted), now)
  return { ...run, attachmentsDeleted: deleted.files }
}
