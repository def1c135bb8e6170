import config from '@payload-config'
import { draftMode } from 'next/headers'
import { getPayload } from 'payload'
import { hasRole } from '@/platform/access/roles'
import { previewPage } from '@/platform/publishing/preview/preview-page'
import { previewPath } from '@/platform/publishing/preview/preview-path'

/**
 * Staff open a draft at its real address: /preview?path=/policies/xyz turns on Next's draft mode
 * for this browser and redirects there. The page then reads the draft as the signed-in user, so
 * Payload's access rules still decide what is shown; a visitor never gets draft mode here.
 */
export async function GET(request: Request) {
  const path = previewPath(new URL(request.url).searchParams.get('path'))
  if (!path) return previewPage(400, '无法预览', '预览地址无效。请先保存草稿，再从后台的“预览”打开。')
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!hasRole(user, 'admin', 'editor', 'reviewer')) {
    return previewPage(403, '需要登录', '预览草稿需要以编辑、审核员或管理员身份登录后台。', '/admin/login')
  }
  ;(await draftMode()).enable()
  return new Response(null, { status: 307, headers: { Location: path, 'Cache-Control': 'no-store' } })
}
