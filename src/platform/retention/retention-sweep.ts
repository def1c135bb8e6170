import { commitTransaction, createLocalReq, initTransaction, killTransaction, type CollectionSlug, type GlobalSlug, type Payload, type PayloadRequest, type Where } from 'payload'
import { writeAudit } from '@/platform/audit/writeAudit'
import { periodMonths, retentionCutoff, type RetentionPeriod } from './rules/retention-period'

type Id = number | string
export type StoredRow = Record<string, unknown> & { id: Id }

/** What anonymising one record changes: fields of the stored row, and the audit entry's summary. */
export type Anonymised = { data: Record<string, unknown>; summary: string; afterCommit?: () => void }

/**
 * One feature's retention: which records are due as of a cut-off, and what anonymising one
 * changes. The sweep owns the rest, the same for every feature: the period read from its global,
 * one transaction per record with its audit entry, failures logged and retried by the job.
 */
export type RetentionSweep = {
  /** For logs and the job's error: 'consultation comments'. */
  name: string
  collection: CollectionSlug
  /** The audit action of each record anonymised, e.g. 'feedback.anonymise'. */
  action: string
  /** Where an administrator sets the period: a number field of a global, with the feature's bounds. */
  period: RetentionPeriod & { global: GlobalSlug; field: string }
  dueIds: (payload: Payload, cutoff: Date) => Promise<Id[]>
  /**
   * Inside the record's transaction, from the row as the database holds it (no hooks, no masks):
   * the changes, or null when nothing is left to do (another run got there first).
   */
  anonymise: (row: StoredRow, context: { now: Date; cutoff: Date; req: PayloadRequest }) => Promise<Anonymised | null>
}

export type SweepRun = { cutoff: string; anonymised: number; failed: number }

export async function retentionMonthsOf(payload: Payload, period: RetentionSweep['period']): Promise<number> {
  const stored = (await payload.findGlobal({ slug: period.global, depth: 0, overrideAccess: true }).catch(() => ({}))) as Record<string, unknown>
  return periodMonths(stored[period.field], period)
}

/**
 * Ids of the records a query finds, filtered by the feature's pure rule, all read before any is
 * changed (a changed record leaves the query, which would shift the pages).
 */
export async function findDueIds<Doc>(
  payload: Payload,
  query: { collection: CollectionSlug; where: Where; select: Record<string, true>; isDue: (doc: Doc) => boolean },
): Promise<Id[]> {
  const ids: Id[] = []
  for (let page = 1; ; page++) {
    const found = await payload.find({ collection: query.collection, where: query.where, select: query.select, sort: 'id', depth: 0, limit: 500, page, overrideAccess: true })
    for (const doc of found.docs) if (query.isDue(doc as Doc)) ids.push(doc.id)
    if (!found.hasNextPage) return ids
  }
}

async function anonymiseOne(payload: Payload, sweep: RetentionSweep, id: Id, now: Date, cutoff: Date) {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const row = await payload.db.findOne<StoredRow>({ collection: sweep.collection, where: { id: { equals: id } }, req })
    const change = row ? await sweep.anonymise(row, { now, cutoff, req }) : null
    if (!row || !change) {
      await killTransaction(req)
      return false
    }
    // The adapter directly: the collections' hooks refuse changes to what a resident sent, which
    // is exactly what the law asks for here. The whole row: the SQL adapters write every column.
    await payload.db.updateOne({ collection: sweep.collection, id, req, data: { ...row, ...change.data } })
    await writeAudit(req, { action: sweep.action, targetCollection: sweep.collection, targetId: id, summary: change.summary })
    await commitTransaction(req)
    change.afterCommit?.()
    return true
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Anonymises every record of the sweep past its retention period as of `now`. Idempotent. */
export async function runRetentionSweep(payload: Payload, sweep: RetentionSweep, now = new Date()): Promise<SweepRun> {
  const cutoff = retentionCutoff(now, await retentionMonthsOf(payload, sweep.period))
  const run: SweepRun = { cutoff: cutoff.toISOString(), anonymised: 0, failed: 0 }
  for (const id of await sweep.dueIds(payload, cutoff)) {
    try {
      if (await anonymiseOne(payload, sweep, id, now, cutoff)) run.anonymised++
    } catch (error) {
      run.failed++
      payload.logger.error({ err: error, id }, `anonymising ${sweep.name} failed`)
    }
  }
  // Failed records were logged one by one; failing the job has the queue retry it (it is idempotent).
  if (run.failed > 0) throw new Error(`anonymising ${run.failed} of the ${sweep.name} failed; ${run.anonymised} done`)
  return run
}
