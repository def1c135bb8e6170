import type { CollectionAfterChangeHook } from 'payload'
import { STAFF_ROLES } from '@/platform/access/roles'
import { writeAudit } from '@/platform/audit/writeAudit'

const ROLE_NAMES: Record<string, string> = { admin: '管理员', editor: '编辑', reviewer: '审核员', handler: '留言办理员' }

const rolesText = (roles: unknown) => {
  const list = Array.isArray(roles) ? [...roles].map(String).sort((a, b) => STAFF_ROLES.indexOf(a as never) - STAFF_ROLES.indexOf(b as never)) : []
  return list.length ? list.map((role) => ROLE_NAMES[role] ?? role).join('、') : '无'
}

/** Roles granted or taken away (also at account creation), before → after, by whoever saved. */
export const auditRoleChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const [before, after] = [rolesText(operation === 'create' ? [] : previousDoc?.roles), rolesText(doc.roles)]
  if (before !== after) {
    await writeAudit(req, { action: 'role-change', targetCollection: 'users', targetId: doc.id, summary: `${doc.email} 的角色：${before} → ${after}` })
  }
  return doc
}
