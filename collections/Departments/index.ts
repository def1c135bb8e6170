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
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { zh: '在用', en: 'Active' } },
  ],
}
