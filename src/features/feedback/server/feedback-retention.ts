import fs from 'node:fs'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import {
  ANONYMISED_TEXT,
  DEFAULT_RETENTION_MONTHS,
  isDueForAnonymisation,
  retentionCutoff,
  type RetentionCandidate,
} from '@/features/feedback/rules/retention'
import { FINISHED_STATUSES } from '@/features/feedback/rules/handling'
import { anonymiseCopiesOf } from '@/features/moderation'
import { writeAudit } from '@/platform/audit/writeAudit'
import { uploadsRoot } from '@/platform/backup/uploads'

export const ANONYMISE_ACTION = 'feedback.anonymise'

export async function readRetentionMonths(payload: Payload): Promise<number> {
  const stored = (await payload.findGlobal({ slug: 'feedback-settings', depth: 0, overrideAccess: true }).catch(() => ({}))) as { retentionMonths?: number | null }
  return typeof stored.retentionMonths === 'number' && stored.retentionMonths >= 1 ? stored.retentionMonths : DEFAULT_RETENTION_MONTHS
}

/** Ids of the finished messages past the period; createdAt narrows the scan (finished ≥ created). */
async function dueMessageIds(payload: Payload, cutoff: Date) {
  const ids: (number | string)[] = []
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: 'feedback',
      where: {
        status: { in: [...FINISHED_STATUSES] },
        anonymisedAt: { exists: false },
        createdAt: { less_than: cutoff.toISOString() },
      },
      select: { status: true, createdAt: true, updatedAt: true, anonymisedAt: true, timeline: true },
      sort: 'createdAt',
      depth: 0,
      limit: 500,
      page,
      overrideAccess: true,
    })
    for (const doc of found.docs) if (isDueForAnonymisation(doc as RetentionCandidate, cutoff)) ids.push(doc.id)
    if (!found.hasNextPage) return ids
  }
}

const replaced = (text: string | null | undefined) => (text ? ANONYMISED_TEXT : text ?? null)

/**
 * One message, in one transaction with its audit entry: personal data and free text replaced,
 * attachment rows removed. Kept: status, kind, department, dates and the computed figures the
 * open-data statistics count, and the tracking code and key hash, so the resident's link still
 * answers (with a notice). Returns the attachment files to delete once the transaction committed.
 */
async function anonymiseMessage(payload: Payload, id: number | string, now: Date): Promise<string[]> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const doc = await payload.findByID({ collection: 'feedback', id, depth: 0, overrideAccess: true, showHiddenFields: true, req })
    if (doc.anonymisedAt) {
      await killTransaction(req)
      return []
    }
    const attachmentIds = (doc.attachments ?? []).map((a) => (typeof a === 'object' && a ? a.id : a)) as (number | string)[]
    const attachments = attachmentIds.length
      ? (await payload.find({ collection: 'feedback-attachments', where: { id: { in: attachmentIds } }, depth: 0, limit: attachmentIds.length, overrideAccess: true, req })).docs
      : []
    // The database adapter directly: the collection's hooks would refuse changes to what a
    // resident wrote and to the append-only notes, which is exactly what the law asks for here.
    await payload.db.updateOne({
      collection: 'feedback',
      id,
      req,
      // The whole row: the SQL adapters write an update as an upsert of every column.
      data: {
        ...doc,
        anonymisedAt: now.toISOString(),
        subject: ANONYMISED_TEXT,
        message: ANONYMISED_TEXT,
        contact: { name: null, phone: null, email: null },
        contactMasked: { name: null, phone: null, email: null },
        attachments: [],
        reply: replaced(doc.reply),
        ratingComment: replaced(doc.ratingComment),
        declineReason: replaced(doc.declineReason),
        transferReason: replaced(doc.transferReason),
        extensionReason: replaced(doc.extensionReason),
        internalNotes: (doc.internalNotes ?? []).map((note) => ({ ...note, note: ANONYMISED_TEXT })),
      },
    })
    if (attachmentIds.length) await payload.db.deleteMany({ collection: 'feedback-attachments', where: { id: { in: attachmentIds } }, req })
    await anonymiseCopiesOf(payload, id, ANONYMISED_TEXT, req)
    await writeAudit(req, {
      action: ANONYMISE_ACTION,
      targetCollection: 'feedback',
      targetId: id,
      summary: `${doc.trackingCode} 办结满保存期限，已匿名化（删除附件 ${attachments.length} 个）`,
    })
    await commitTransaction(req)
    return attachments.map((a) => a.filename).filter((name): name is string => Boolean(name))
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export type RetentionRun = { cutoff: string; anonymised: number; attachmentsDeleted: number; failed: number }

/** Anonymises every finished message past the retention period as of `now`. */
export async function anonymiseExpiredFeedback(payload: Payload, now = new Date()): Promise<RetentionRun> {
  const cutoff = retentionCutoff(now, await readRetentionMonths(payload))
  const run: RetentionRun = { cutoff: cutoff.toISOString(), anonymised: 0, attachmentsDeleted: 0, failed: 0 }
  const folder = path.join(uploadsRoot(), 'feedback')
  for (const id of await dueMessageIds(payload, cutoff)) {
    try {
      const files = await anonymiseMessage(payload, id, now)
      run.anonymised++
      for (const name of files) {
        // Files go only after the commit: a rollback must never leave rows pointing at nothing.
        fs.rmSync(path.join(folder, path.basename(name)), { force: true })
        run.attachmentsDeleted++
      }
    } catch (error) {
      run.failed++
      payload.logger.error({ err: error, id }, 'anonymising a message failed')
    }
  }
  // Failed messages were logged one by one; failing the job has the queue retry it (it is idempotent).
  if (run.failed > 0) throw new Error(`anonymising ${run.failed} message(s) failed; ${run.anonymised} done`)
  return run
}
