import type { CollectionConfig } from 'payload'
import { isAdmin } from '@/platform/access/isAdmin'
import { exportAuditCsv } from './endpoints/exportAuditCsv'
import { refuseAuditChanges } from './hooks/refuseAuditChanges'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS } from './actionLabels'

/**
 * Who did what, when, from where. Written only by server code (overrideAccess); nobody, not
 * even an administrator, can edit or delete an entry through the admin or the API.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: collectionLabels('审计记录', 'Audit entry', 'Audit log', '审计日志'),
  admin: {
    group: ADMIN_GROUPS.system,
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'actorEmail', 'targetCollection', 'summary', 'ip'],
    // The search box; action, collection, actor and date range are the list's filters (筛选).
    listSearchableFields: ['summary', 'actorEmail', 'targetId', 'ip'],
    components: {
      beforeListTable: [
        { path: '/platform/audit/ui/AuditActionFilter#AuditActionFilter', clientProps: { labels: AUDIT_ACTION_LABELS, groups: AUDIT_ACTION_GROUPS } },
        '/platform/audit/ui/AuditExportLink#AuditExportLink',
      ],
    },
    description: {
      zh: '谁在何时、从哪个地址做了什么：新建、修改、发布、撤销发布、删除、登录和角色变更。记录不能修改或删除。',
      en: 'Who did what, when and from where. Entries cannot be changed or removed.',
    },
  },
  defaultSort: '-at',
  endpoints: [{ path: '/export.csv', method: 'get', handler: exportAuditCsv }],
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  hooks: { beforeOperation: [refuseAuditChanges] },
  timestamps: true,
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: { zh: '时间', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'action',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '操作', en: 'Action' },
      admin: {
        components: { Cell: { path: '/platform/audit/ui/AuditActionCell#AuditActionCell', clientProps: { labels: AUDIT_ACTION_LABELS } } },
        description: { zh: '列表中显示操作的中文名称；按操作筛选请用列表上方的“按操作筛选”。', en: 'Shown by its Chinese name; filter with 按操作筛选 above the list.' },
      },
    },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { zh: '操作人', en: 'Actor' } },
    { name: 'actorEmail', type: 'text', label: { zh: '操作人邮箱', en: 'Actor e-mail' } },
    { name: 'targetCollection', type: 'text', index: true, label: { zh: '对象类型', en: 'Collection' } },
    { name: 'targetId', type: 'text', index: true, label: { zh: '对象编号', en: 'Document' } },
    { name: 'summary', type: 'text', label: { zh: '说明', en: 'Summary' } },
    { name: 'ip', type: 'text', label: { zh: 'IP 地址', en: 'IP' } },
  ],
}
