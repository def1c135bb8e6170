import { Button } from '@payloadcms/ui'
import type { BeforeListTableServerProps } from 'payload'

/** Above the policy-notices list: a way to the legacy-text import, for staff who may create notices. */
export function ImportNoticesLink({ hasCreatePermission, payload }: BeforeListTableServerProps) {
  if (!hasCreatePermission) return null
  return (
    <div style={{ margin: '0 0 1rem', display: 'flex', alignItems: 'center', gap: '1rem', flexWrap: 'wrap' }}>
      <Button buttonStyle="secondary" el="link" size="small" to={`${payload.config.routes.admin}/import-notices`}>
        导入旧文本
      </Button>
      <span style={{ color: 'var(--theme-elevation-650)' }}>粘贴或上传旧网站的政策文件文本，预览后创建草稿。</span>
    </div>
  )
}
