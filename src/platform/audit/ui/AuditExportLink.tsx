'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { AUDIT_EXPORT_MAX_ROWS } from '@/platform/audit/rules'

/** Above the audit list: downloads the entries the list currently shows (its filters, search and sort) as CSV. */
export function AuditExportLink() {
  const params = useSearchParams()
  const { config } = useConfig()
  const query = new URLSearchParams()
  for (const [key, value] of params.entries()) {
    if (key === 'search' || key === 'sort' || key.startsWith('where')) query.append(key, value)
  }
  const href = `${config.routes.api}/audit-log/export.csv${query.size ? `?${query}` : ''}`
  return (
    <div style={{ margin: '0 0 1rem', display: 'flex', alignItems: 'center', gap: '1rem', flexWrap: 'wrap' }}>
      <Button buttonStyle="secondary" el="anchor" size="small" url={href} newTab={false}>
        导出当前筛选结果（CSV）
      </Button>
      <span>按当前筛选条件导出，最新的在前，最多 {AUDIT_EXPORT_MAX_ROWS} 条；导出本身也会记入审计日志。</span>
    </div>
  )
}
