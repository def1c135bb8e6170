import type { PayloadHandler, Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'
import { AUDIT_EXPORT_MAX_ROWS, auditCsv, type AuditCsvEntry } from '@/platform/audit/rules'
import { refusal } from '@/platform/errors/refusal'
import { writeAudit } from '@/platform/audit/writeAudit'
import { AUDIT_ACTION_LABELS } from '@collections/AuditLog/actionLabels'

const PAGE = 1000

/**
 * GET /api/audit-log/export.csv with the admin list's own query (`where`, `search`, `sort`):
 * the filtered entries, newest first, as CSV. Read access decides who may (administrators); the
 * export itself is recorded.
 */
export const exportAuditCsv: PayloadHandler = async (req) => {
  const query = (req.query ?? {}) as { where?: Where; search?: string; sort?: string }
  const where = mergeListSearchAndWhere({
    collectionConfig: req.payload.collections['audit-log'].config,
    search: typeof query.search === 'string' ? query.search : '',
    where: query.where && typeof query.where === 'object' ? query.where : {},
  })
  const sort = typeof query.sort === 'string' && query.sort ? query.sort : '-at'
  const entries: AuditCsvEntry[] = []
  let truncated = false
  try {
    for (let page = 1; ; page++) {
      const result = await req.payload.find({
        collection: 'audit-log',
        where,
        sort,
        page,
        limit: PAGE,
        depth: 0,
        select: { at: true, action: true, actorEmail: true, targetCollection: true, targetId: true, summary: true, ip: true },
        overrideAccess: false,
        user: req.user,
        req,
      })
      entries.push(...(result.docs as AuditCsvEntry[]))
      if (entries.length >= AUDIT_EXPORT_MAX_ROWS) {
        truncated = result.totalDocs > AUDIT_EXPORT_MAX_ROWS
        entries.length = AUDIT_EXPORT_MAX_ROWS
        break
      }
      if (!result.hasNextPage) break
    }
  } catch (error) {
    if ((error as { status?: number }).status === 403) throw refusal('只有管理员可以导出审计日志。', 403)
    throw error
  }
  await writeAudit(req, {
    action: 'export',
    targetCollection: 'audit-log',
    summary: `导出审计日志 ${entries.length} 条${truncated ? `（超过 ${AUDIT_EXPORT_MAX_ROWS} 条，只导出最新的部分）` : ''}`,
  })
  const day = new Date().toISOString().slice(0, 10)
  return new Response(auditCsv(entries, AUDIT_ACTION_LABELS), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-log-${day}.csv"`,
      'Cache-Control': 'no-store',
      'X-Audit-Rows': String(entries.length),
      'X-Audit-Truncated': String(truncated),
    },
  })
}
