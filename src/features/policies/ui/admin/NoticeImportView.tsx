import type { AdminViewServerProps } from 'payload'
import { NoticeImport } from './NoticeImport'
import { AdminViewShell } from '@/platform/admin/ui/AdminViewShell'

/** Admin view /admin/import-notices: the admin shell around the legacy-text import form. */
export function NoticeImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { permissions, req } = initPageResult
  const { admin: adminRoute, api: apiRoute } = req.payload.config.routes
  // The same rule as creating a notice (admin, editor, reviewer); handlers only see a note.
  const canImport = permissions.collections?.['policy-notices']?.create === true
  const listUrl = `${adminRoute}/collections/policy-notices`

  return (
    <AdminViewShell initPageResult={initPageResult} params={params} searchParams={searchParams} nav={[{ label: '政策文件', url: listUrl }, { label: '导入旧文本' }]} title="导入旧文本">
      <p style={{ maxWidth: '48rem' }}>
        粘贴旧网站上的政策文件全文，或选择一个文本文件（.txt，支持 UTF-8、GBK 和繁体），先预览解析结果，核对无误后创建草稿。
        草稿不会公开，须在编辑页面检查后再发布。
      </p>
      {canImport ? (
        <NoticeImport apiRoute={apiRoute} listUrl={listUrl} />
      ) : (
        <p role="status">只有管理员、编辑和审核员可以导入政策文件。</p>
      )}
    </AdminViewShell>
  )
}
