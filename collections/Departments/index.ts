import type { CollectionConfig } from 'payload'
import { isAdmin } from '@/platform/access/isAdmin'
import { isStaff } from '@/platform/access/isStaff'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

/** The offices that handle residents' messages; their names appear on published replies. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: collectionLabels('承办部门', 'Department'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'active'],
    hidden: ({ user }) => !user?.roles?.some((r: string) => r === 'admin' || r === 'handler'),
  },
  // Every staff member may read office names (a colleague's department in the staff directory).
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: () => false },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 60, label: { zh: '部门名称', en: 'Name' } },
    { name: 'email', type: 'email', label: { zh: '部门邮箱（接收提醒）', en: 'E-mail' } },
    {
      name: 'feedbackDigest',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '向部门邮箱发送每日留言待办汇总', en: 'Daily message digest to the department address' },
      admin: { description: { zh: '每个工作日早上 8 点，把本部门留言中新收到、即将超期和已超期的发到上面的部门邮箱（不含来信内容）。', en: 'Each morning, codes and dates only.' } },
    },
    // The Beijing day the last digest went out (src/features/feedback/server/workbench/digest-emails.ts).
    { name: 'feedbackDigestSentOn', type: 'text', label: { zh: '待办汇总发送日', en: 'Digest sent on' }, admin: { hidden: true }, access: { read: () => false, create: () => false, update: () => false } },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { zh: '在用', en: 'Active' } },
  ],
}
