import { eq } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import { countsFrom, type GroupedCounts } from '@/features/open-data/rules'
import { countColumns, counted, type SqlAdapter } from '@/features/open-data/server/figures-sql'

/**
 * The open-data counts as they were computed before the covering index: four grouped queries
 * (total, month, kind, department joined to its name) over the same counted messages, with the
 * same count columns. Kept as the reference the one grouped query must agree with.
 */
export async function groupedCountsFourQueries(payload: Payload, period: { from: string; to: string }): Promise<GroupedCounts> {
  const { drizzle, tables } = payload.db as unknown as SqlAdapter
  const t = tables.feedback
  const departments = tables.departments
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
