import type { CollectionConfig } from 'payload'
import { adminOnlyField } from '@/platform/access/adminOnlyField'
import { adminOrSelf } from '@/platform/access/adminOrSelf'
import { adminOrSelfField } from '@/platform/access/adminOrSelfField'
import { isAdmin } from '@/platform/access/isAdmin'
import { isStaff } from '@/platform/access/isStaff'
import { STAFF_ROLES } from '@/platform/access/roles'
import { auditLogin, noteLoginAttempt } from './hooks/auditLogin'
import { auditRoleChange } from './hooks/auditRoleChange'
import { firstUserBecomesAdmin } from './hooks/firstUserBecomesAdmin'
import { limitPasswordResets } from './hooks/limitPasswordResets'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const roleLabels = {
  admin: { zh: '管理员', en: 'Administrator' },
  editor: { zh: '编辑', en: 'Editor' },
  reviewer: { zh: '审核员', en: 'Reviewer' },
  handler: { zh: '留言办理员', en: 'Message handler' },
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels('工作人员', 'Staff member', 'Staff'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'roles', 'department', 'email'],
    group: ADMIN_GROUPS.system,
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Throttled by limitPasswordResets instead (see there).
    forgotPassword: { minRequestInterval: 0 },
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.SERVER_URL?.startsWith('https://') },
  },
  access: {
    admin: isStaff,
    create: isAdmin,
    // The staff directory: every staff member sees colleagues' name, roles and department (to
    // assign a message, to know who wrote a draft); e-mail only on their own record or by admins.
    read: isStaff,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserBecomesAdmin],
    // Audit: logins (failures through auditLoginFailure in payload.config.ts) and role changes.
    beforeOperation: [noteLoginAttempt, limitPasswordResets, enforcePasswordPolicy],
    afterLogin: [auditLogin],
    afterChange: [auditRoleChange],
  },
  fields: [
    {
      // Payload's own auth e-mail field, merged with this one: private to its holder and admins.
      name: 'email',
      type: 'email',
      label: { zh: '电子邮箱', en: 'E-mail' },
      access: { read: adminOrSelfField },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 60,
      label: { zh: '姓名', en: 'Name' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: { zh: '角色', en: 'Roles' },
      options: STAFF_ROLES.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { description: { zh: '只有管理员可以更改角色。', en: 'Only administrators can change roles.' } },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: { zh: '所在部门', en: 'Department' },
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { description: { zh: '留言按部门分派时，本部门的工作人员可在“本部门”队列中看到。只有管理员可以更改。', en: 'Only administrators can change the department.' } },
    },
  ],
}
