import type { AdminViewServerProps } from 'payload'
import { STATION_CSV_COLUMNS } from '@/features/stations/rules'
import { StationImport } from './StationImport'
import { AdminViewShell } from '@/platform/admin/ui/AdminViewShell'

/** Admin view /admin/import-stations: the admin shell around the stations CSV import. */
export function StationImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { permissions, req } = initPageResult
  const { admin: adminRoute, api: apiRoute } = req.payload.config.routes
  const canImport = permissions.collections?.['service-stations']?.create === true
  const listUrl = `${adminRoute}/collections/service-stations`

  return (
    <AdminViewShell initPageResult={initPageResult} params={params} searchParams={searchParams} nav={[{ label: '服务网点', url: listUrl }, { label: '导入 CSV' }]} title="导入服务网点">
      <p style={{ maxWidth: '48rem' }}>
        粘贴 CSV 内容或选择一个 .csv 文件（UTF-8 或 GBK 均可），先预览，核对无误后导入。有问题的行会按行号列出并跳过，其余的行照常导入；
        编号（key）已存在的网点会被更新，不会重复创建。
      </p>
      <p style={{ maxWidth: '48rem' }}>
        第一行为表头：<code style={{ overflowWrap: 'anywhere' }}>{STATION_CSV_COLUMNS.join(',')}</code>。各列的写法见项目文档 docs/stations-csv.md。
      </p>
      {canImport ? <StationImport apiRoute={apiRoute} listUrl={listUrl} /> : <p role="status">只有管理员、编辑和审核员可以导入服务网点。</p>}
    </AdminViewShell>
  )
}
