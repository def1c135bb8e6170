import type { CollectionConfig } from 'payload'
import { canHandleFeedback } from '@/platform/access/canHandleFeedback'
import { isAdmin } from '@/platform/access/isAdmin'

/** The offices that handle residents' messages; their names appear on published replies. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: { zh: '承办部门', en: 'Department' }, plural: { zh: '承办部门', en: 'Departments' } },
  admin: {
    group: { zh: '互动交流', en: 'Messages' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'active'],
    hidden: ({ user }) => !user?.roles?.some((r: string) => r === 'admin' || r === 'handler'),
  },
  access: { read: canHandleFeedback, create: isAdmin, update: isAdmin, delete: () => false },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 60, label: { zh: '部门名称', en: 'Name' } },
    { name: 'email', type: 'email', label: { zh: '部门邮箱（接收提醒）', en: 'E-mail' } },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { zh: '在用', en: 'Active' } },
  ],
}
