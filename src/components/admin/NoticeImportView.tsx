import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { NoticeImport } from './NoticeImport'

/** Admin view /admin/import-notices: the admin shell around the legacy-text import form. */
export function NoticeImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const { admin: adminRoute, api: apiRoute } = req.payload.config.routes
  // The same rule as creating a notice (admin, editor, reviewer); handlers only see a note.
  const canImport = permissions.collections?.['policy-notices']?.create === true
  const listUrl = `${adminRoute}/collections/policy-notices`

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: '政策文件', url: listUrl }, { label: '导入旧文本' }]} />
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 0.5rem' }}>导入旧文本</h1>
        <p style={{ maxWidth: '48rem' }}>
          粘贴旧网站上的政策文件全文，或选择一个文本文件（.txt，支持 UTF-8、GBK 和繁体），先预览解析结果，核对无误后创建草稿。
          草稿不会公开，须在编辑页面检查后再发布。
        </p>
        {canImport ? (
          <NoticeImport apiRoute={apiRoute} listUrl={listUrl} />
        ) : (
          <p role="status">只有管理员、编辑和审核员可以导入政策文件。</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
