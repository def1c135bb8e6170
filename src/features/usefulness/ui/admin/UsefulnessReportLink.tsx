import { Button } from '@payloadcms/ui'
import type { BeforeListTableServerProps } from 'payload'

/** Above the answers list: the way to the counts per section and page. */
export function UsefulnessReportLink({ payload }: BeforeListTableServerProps) {
  return (
    <div style={{ margin: '0 0 1rem' }}>
      <Button buttonStyle="secondary" el="link" size="small" to={`${payload.config.routes.admin}/usefulness`}>
        页面评价统计
      </Button>
    </div>
  )
}
