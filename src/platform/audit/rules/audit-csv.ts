import { toCsv } from '@/platform/csv/csv'
import { formatBeijingMinute } from '@/platform/publishing/rules/desk'
import { AUDIT_ACTIONS } from './actions'

export type AuditCsvEntry = {
  at: string
  action: string
  actorEmail?: string | null
  targetCollection?: string | null
  targetId?: string | null
  summary?: string | null
  ip?: string | null
}

/** Enough for any investigation; a bigger export should be narrowed with the filters first. */
export const AUDIT_EXPORT_MAX_ROWS = 10_000

export const AUDIT_CSV_HEADER = ['时间（北京时间）', '操作', '操作说明', '操作人', '对象类型', '对象编号', '说明', 'IP 地址']

/**
 * The audit entries as a spreadsheet-safe CSV file (BOM, RFC 4180, formulas neutralised), times in
 * the admin's one format (`2026-12-03 10:15`, Beijing); `labels` names the features' actions.
 */
export function auditCsv(entries: AuditCsvEntry[], labels: Readonly<Record<string, string>> = AUDIT_ACTIONS): string {
  return toCsv([
    AUDIT_CSV_HEADER,
    ...entries.map((entry) => [
      formatBeijingMinute(entry.at),
      entry.action,
      labels[entry.action] ?? '',
      entry.actorEmail,
      entry.targetCollection,
      entry.targetId,
      entry.summary,
      entry.ip,
    ]),
  ])
}
