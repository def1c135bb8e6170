import type { Payload } from 'payload'
import { countsFrom, type GroupedCounts, type MessageCounts } from '@/features/open-data/rules'
import type { Period } from './period'
import { ACCEPTED_STATUSES } from '@/features/feedback/rules/handling'

// UNTESTED: no MongoDB server can run on the machines this was written on, so this pipeline has
// never been executed. It mirrors figures-sql.ts rule for rule; test it against a replica set
// (e.g. with tests/int/open-data.int.spec.ts and a mongodb:// DATABASE_URI) before relying on it.

type MongoModel = {
  aggregate(pipeline: object[]): { exec(): Promise<Record<string, unknown>[]> }
  collection: { name: string }
}
type MongoAdapter = { collections: Record<string, MongoModel> }

const ACCEPTED = [...ACCEPTED_STATUSES]
const isReplied = { $ne: [{ $ifNull: ['$firstRepliedAt', null] }, null] }
const countIf = (condition: object) => ({ $sum: { $cond: [condition, 1, 0] } })

const accumulators: Record<keyof MessageCounts, object> = {
  received: { $sum: 1 },
  accepted: countIf({ $in: ['$status', ACCEPTED] }),
  declined: countIf({ $eq: ['$status', 'declined'] }),
  transferred: countIf({ $eq: ['$status', 'transferred'] }),
  replied: countIf(isReplied),
  repliedOnTime: countIf({ $and: [isReplied, { $eq: ['$repliedOnTime', true] }] }),
  workingDaysTotal: { $sum: { $cond: [isReplied, { $ifNull: ['$workingDaysToReply', 0] }, 0] } },
  timedReplies: countIf({ $and: [isReplied, { $ne: [{ $ifNull: ['$workingDaysToReply', null] }, null] }] }),
  rated: countIf({ $ne: [{ $ifNull: ['$rating', null] }, null] }),
  satisfied: countIf({ $in: ['$rating', ['satisfied', 'basically']] }),
}

/** The same figures as figures-sql.ts, from one aggregation with a facet per grouping. */
export async function groupedCountsMongo(payload: Payload, period: Period): Promise<GroupedCounts> {
  const { collections } = payload.db as unknown as MongoAdapter
  const group = (id: unknown) => ({ $group: { _id: id, ...accumulators } })
  const [result] = await collections.feedback
    .aggregate([
      {
        $match: {
          receivedMonth: { $gte: period.from, $lte: period.to },
          // Same moderation rule as the SQL: flagged messages count once moved on from 'received'.
          $or: [{ status: { $ne: 'received' } }, { needsModeration: { $ne: true } }],
        },
      },
      {
        $facet: {
          total: [group(null)],
          byMonth: [group('$receivedMonth')],
          byKind: [group('$kind')],
          byDepartment: [
            group({ $ifNull: ['$department', null] }),
            { $lookup: { from: collections.departments.collection.name, localField: '_id', foreignField: '_id', as: 'found' } },
            { $addFields: { departmentName: { $first: '$found.name' } } },
            { $project: { found: 0 } },
          ],
        },
      },
    ])
    .exec()
  const facet = (name: string) => (result?.[name] ?? []) as Record<string, unknown>[]
  return {
    total: countsFrom(facet('total')[0] ?? {}),
    byMonth: facet('byMonth').map((row) => ({ month: String(row._id), counts: countsFrom(row) })),
    byKind: facet('byKind').map((row) => ({ kind: String(row._id), counts: countsFrom(row) })),
    byDepartment: facet('byDepartment').map((row) => ({
      department: row._id === null ? null : String(row.departmentName ?? ''),
      counts: countsFrom(row),
    })),
  }
}
