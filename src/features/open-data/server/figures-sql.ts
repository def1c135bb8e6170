// drizzle-orm is not a dependency of this app: both Payload SQL adapters re-export the one copy
// they install (drizzle-orm 0.45.2, hoisted), and its query builders are dialect-neutral, so
// importing them through @payloadcms/db-sqlite/drizzle serves PostgreSQL too.
import { and, eq, gte, inArray, isNotNull, isNull, lte, ne, or, sql, type Column, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import { countsFrom, type GroupedCounts, type MessageCounts } from '@/features/open-data/rules'
import type { Period } from './period'
import { ACCEPTED_STATUSES } from '@/features/feedback/rules/handling'

// Drizzle's own types differ per dialect; this is the part of the builder both adapters share.
type Expression = SQL | Column
type Table = Record<string, Column>
type Rows = Record<string, unknown>[]
type Query = PromiseLike<Rows> & {
  where(condition: SQL | undefined): Query
  leftJoin(table: Table, on: SQL): Query
  groupBy(...columns: Expression[]): Query
}
type SqlAdapter = {
  drizzle: { select(fields: Record<string, Expression>): { from(table: Table): Query } }
  tables: Record<string, Table>
}

const ACCEPTED = [...ACCEPTED_STATUSES]

/** 1 for each row where the condition holds; CASE works alike on SQLite integers and PostgreSQL booleans. */
const countWhere = (condition: SQL | undefined) => sql<number>`sum(case when ${condition} then 1 else 0 end)`

function countColumns(t: Table): Record<keyof MessageCounts, SQL> {
  const replied = isNotNull(t.firstRepliedAt)
  return {
    received: sql<number>`count(*)`,
    accepted: countWhere(inArray(t.status, ACCEPTED)),
    declined: countWhere(eq(t.status, 'declined')),
    transferred: countWhere(eq(t.status, 'transferred')),
    replied: countWhere(replied),
    // eq() encodes `true` through the column: 1 on SQLite, true on PostgreSQL.
    repliedOnTime: countWhere(and(replied, eq(t.repliedOnTime, true))),
    workingDaysTotal: sql<number>`sum(case when ${replied} then ${t.workingDaysToReply} else 0 end)`,
    timedReplies: countWhere(and(replied, isNotNull(t.workingDaysToReply))),
    rated: countWhere(isNotNull(t.rating)),
    satisfied: countWhere(inArray(t.rating, ['satisfied', 'basically'])),
  }
}

/**
 * The messages that count: received in the period, and not waiting in moderation. A message
 * flagged as possible spam counts once a handler has moved it on from 'received' (accepted,
 * declined or transferred it), since a person then judged it a real message.
 */
function counted(t: Table, period: Period) {
  return and(
    gte(t.receivedMonth, period.from),
    lte(t.receivedMonth, period.to),
    or(ne(t.status, 'received'), isNull(t.needsModeration), eq(t.needsModeration, false)),
  )
}

/** Four grouped queries (total, month, kind, department); the database does all the counting. */
export async function groupedCountsSql(payload: Payload, period: Period): Promise<GroupedCounts> {
  const adapter = payload.db as unknown as SqlAdapter
  const { drizzle } = adapter
  const t = adapter.tables.feedback
  const departments = adapter.tables.departments
  const counts = countColumns(t)
  const where = counted(t, period)
  const [total, byMonth, byKind, byDepartment] = await Promise.all([
    drizzle.select(counts).from(t).where(where),
    drizzle.select({ month: t.receivedMonth, ...counts }).from(t).where(where).groupBy(t.receivedMonth),
    drizzle.select({ kind: t.kind, ...counts }).from(t).where(where).groupBy(t.kind),
    drizzle
      .select({ departmentId: t.department, departmentName: departments.name, ...counts })
      .from(t)
      .leftJoin(departments, eq(departments.id, t.department))
      .where(where)
      .groupBy(t.department, departments.name),
  ])
  return {
    total: countsFrom(total[0] ?? {}),
    byMonth: byMonth.map((row) => ({ month: String(row.month), counts: countsFrom(row) })),
    byKind: byKind.map((row) => ({ kind: String(row.kind), counts: countsFrom(row) })),
    byDepartment: byDepartment.map((row) => ({
      department: row.departmentId === null || row.departmentId === undefined ? null : String(row.departmentName ?? ''),
      counts: countsFrom(row),
    })),
  }
}
