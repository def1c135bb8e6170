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
import { throttleLogins } from './hooks/throttleLogins'
import { refuseSwitchedOffLogin } from './hooks/refuseSwitchedOffLogin'
import { endSessionsWhenSwitchedOff } from './hooks/endSessionsWhenSwitchedOff'
import { keepAccountsThatActed } from './hooks/keepAccountsThatActed'
import { auditAccountState } from './hooks/auditAccountState'
import { requireSecondFactor } from './hooks/requireSecondFactor'
import { secondFactorEndpoints } from './endpoints/secondFactorEndpoints'
import { confirmCredentialChange, endOtherSessionsOnPasswordChange } from './hooks/confirmCredentialChange'
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
    defaultColumns: ['name', 'roles', 'department', 'email', 'deactivated'],
    group: ADMIN_GROUPS.system,
  },
  auth: {
    // Throttled instead of locked (src/features/accounts/rules/login-throttle.ts): a lockout
    // after five failures let anyone lock out every handler.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // Throttled by limitPasswordResets instead (see there).
    forgotPassword: { minRequestInterval: 0 },
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.SERVER_URL?.startsWith('https://') },
  },
  endpoints: secondFactorEndpoints,
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
    beforeChange: [firstUserBecomesAdmin, confirmCredentialChange, endSessionsWhenSwitchedOff],
    beforeLogin: [refuseSwitchedOffLogin, requireSecondFactor],
    beforeDelete: [keepAccountsThatActed],
    // Audit: logins (failures through auditLoginFailure in payload.config.ts) and role changes.
    beforeOperation: [noteLoginAttempt, throttleLogins, limitPasswordResets, enforcePasswordPolicy],
    afterLogin: [auditLogin],
    afterChange: [auditRoleChange, auditAccountState, endOtherSessionsOnPasswordChange],
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
    {
      // The handlers' daily digest (src/features/feedback/server/workbench/digest-emails.ts): opt-in.
      name: 'feedbackDigest',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '接收每日留言待办汇总邮件', en: 'Daily message digest' },
      access: { read: adminOrSelfField, create: adminOrSelfField, update: adminOrSelfField },
      admin: {
        description: {
          zh: '每个工作日早上 8 点，把交办给您的留言中新收到、即将超期和已超期的发到您的邮箱（只有查询码、类型、日期和剩余工作日，不含来信内容）。',
          en: 'Each morning: new, due-soon and overdue messages assigned to you (codes and dates only).',
        },
      },
    },
    // The Beijing day the last digest went out (one a day, even if the job runs twice).
    { name: 'feedbackDigestSentOn', type: 'text', label: { zh: '待办汇总发送日', en: 'Digest sent on' }, admin: { hidden: true }, access: { read: () => false, create: () => false, update: () => false } },
    {
      // Never stored: checked by confirmCredentialChange, then dropped.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      maxLength: 1024,
      label: { zh: '当前密码（修改密码或邮箱时必填）', en: 'Current password' },
      access: { read: () => false },
      admin: {
        components: { Field: '/features/accounts/ui/admin/CurrentPasswordField#CurrentPasswordField' },
        description: { zh: '修改密码或电子邮箱时，请填写您自己的登录密码以确认身份；修改密码后，此账户在其他设备上的登录会全部退出。', en: 'Your own password, to change a password or e-mail.' },
      },
    },
    {
      // Never stored either: with the current password, where the account has a second factor.
      name: 'currentCode',
      type: 'text',
      virtual: true,
      maxLength: 32,
      label: { zh: '动态验证码（已启用两步验证时，修改密码或邮箱须填）', en: 'Current code' },
      access: { read: () => false },
      admin: { autoComplete: 'one-time-code', description: { zh: '验证器应用中的 6 位数字，手机不在身边时可填一个恢复码。', en: 'The 6 digits from the authenticator app, or a recovery code.' } },
    },
    {
      name: 'deactivated',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { zh: '停用账户', en: 'Deactivated' },
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        position: 'sidebar',
        description: {
          zh: '停用后不能登录，已登录的会话立即结束；姓名仍保留在审计日志、答复和审批记录中。可随时取消勾选重新启用。只有从未操作过的账户才能删除。',
          en: 'A deactivated account cannot log in; its name stays on past records. Untick to reactivate.',
        },
      },
    },
    {
      name: 'lockedUntil',
      type: 'date',
      label: { zh: '锁定至', en: 'Locked until' },
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          zh: '管理员临时锁定（例如怀疑密码泄露）：到期前不能登录，已登录的会话立即结束。清空即解锁。登录失败不会锁定账户，只会逐步延缓。',
          en: 'An administrator\'s temporary lock; failed logins only slow down, they never lock.',
        },
      },
    },
      {
      name: 'totpEnabledAt',
      type: 'date',
      label: { zh: '动态验证码设置于', en: 'Second factor set up' },
      access: { read: adminOrSelfField, create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: { zh: '空白表示尚未设置。本人在“动态验证码”页面设置；手机丢失时由另一位管理员重置。', en: 'Set up on the second-factor page.' },
        components: { afterInput: ['/features/accounts/ui/admin/ResetSecondFactorButton#ResetSecondFactorButton'] },
      },
    },
    // The second factor's own data: hidden from every answer, written only by features/accounts.
    { name: 'totpSecret', type: 'text', label: { zh: '动态码密钥', en: 'TOTP secret' }, hidden: true },
    { name: 'totpPendingSecret', type: 'text', label: { zh: '待确认的动态码密钥', en: 'Pending TOTP secret' }, hidden: true },
    { name: 'totpLastStep', type: 'number', label: { zh: '上次使用的动态码时段', en: 'Last TOTP step' }, hidden: true },
    { name: 'recoveryCodeHashes', type: 'json', label: { zh: '恢复码（散列）', en: 'Recovery code hashes' }, hidden: true },
    { name: 'secondFactorGraceFrom', type: 'date', label: { zh: '两步验证宽限期起点', en: 'Second-factor grace from' }, hidden: true },
  ],
}
