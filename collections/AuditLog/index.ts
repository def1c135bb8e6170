import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../src/access/isAdmin'
import { refuseAuditChanges } from './hooks/refuseAuditChanges'

/**
 * Who did what, when, from where. Written only by server code (overrideAccess); nobody, not
 * even an administrator, can edit or delete an entry through the admin or the API.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { zh: '审计记录', en: 'Audit entry' }, plural: { zh: '审计日志', en: 'Audit log' } },
  admin: {
    group: { zh: '系统', en: 'System' },
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'actorEmail', 'summary', 'ip'],
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  hooks: { beforeOperation: [refuseAuditChanges] },
  timestamps: true,
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: { zh: '时间', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'action', type: 'text', required: true, index: true, label: { zh: '操作', en: 'Action' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { zh: '操作人', en: 'Actor' } },
    { name: 'actorEmail', type: 'text', label: { zh: '操作人邮箱', en: 'Actor e-mail' } },
    { name: 'targetCollection', type: 'text', index: true, label: { zh: '对象类型', en: 'Collection' } },
    { name: 'targetId', type: 'text', index: true, label: { zh: '对象编号', en: 'Document' } },
    { name: 'summary', type: 'text', label: { zh: '说明', en: 'Summary' } },
    { name: 'ip', type: 'text', label: { zh: 'IP 地址', en: 'IP' } },
  ],
}
