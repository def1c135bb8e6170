import { Button } from '@payloadcms/ui'
import type { BeforeListTableServerProps } from 'payload'

/** Above the stations list: a way to the CSV import, for staff who may create stations. */
export function ImportStationsLink({ hasCreatePermission, payload }: BeforeListTableServerProps) {
  if (!hasCreatePermission) return null
  return (
    <div style={{ margin: '0 0 1rem', display: 'flex', alignItems: 'center', gap: '1rem', flexWrap: 'wrap' }}>
      <Button buttonStyle="secondary" el="link" size="small" to={`${payload.config.routes.admin}/import-stations`}>
        导入 CSV
      </Button>
      <span style={{ color: 'var(--theme-elevation-650)' }}>从电子表格批量导入或更新服务网点；按编号更新，不会重复创建。</span>
    </div>
  )
}
