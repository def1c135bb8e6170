import type { CollectionBeforeDeleteHook } from 'payload'
import { refusal } from '@/platform/errors/refusal'

/**
 * Only an account that never acted may be deleted: one with entries in the audit log (a login, a
 * change, a reply, an approval) is deactivated instead, so its name stays on what it did.
 */
export const keepAccountsThatActed: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'audit-log', where: { actor: { equals: id } }, overrideAccess: true, req })
  if (totalDocs > 0) {
    throw refusal(`此账户已有 ${totalDocs} 条操作记录，不能删除（删除后记录中将无法显示经办人）。请改为勾选“停用账户”；停用后不能登录，需要时可重新启用。`, 400)
  }
}
