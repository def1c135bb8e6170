import type { GlobalConfig } from 'payload'
import { isAdmin } from '@/platform/access/isAdmin'
import { isStaff } from '@/platform/access/isStaff'
import { ADMIN_GROUPS } from '@/platform/admin/labels'

/** Account security settings: how long staff with a second-factor role may still log in without it. */
export const AccountSettings: GlobalConfig = {
  slug: 'account-settings',
  label: { zh: '账户安全设置', en: 'Account security' },
  admin: { group: ADMIN_GROUPS.system },
  access: { read: isStaff, update: isAdmin },
  fields: [
    {
      name: 'secondFactorGraceDays',
      type: 'number',
      required: true,
      defaultValue: 14,
      min: 0,
      max: 90,
      label: { zh: '设置动态验证码的宽限期（天）', en: 'Grace period for the second factor (days)' },
      admin: {
        description: {
          zh: '管理员、审核员和留言办理员须设置动态验证码（两步验证）。从账户创建（或管理员重置其动态验证码）起，在这些天内仍可只用密码登录；过期后未设置的账户不能登录，需由管理员重置以重新开始宽限期。',
          en: 'Days after account creation (or a reset) during which these roles may log in without a second factor.',
        },
      },
    },
  ],
}
