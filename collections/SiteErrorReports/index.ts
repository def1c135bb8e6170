import type { CollectionConfig } from 'payload'
import { errorReportForm, errorReportStaff } from '@/features/site-errors/access/errorReportAccess'
import { DESCRIPTION_MAX, ERROR_REPORT_OUTCOMES, ERROR_REPORT_STATUSES } from '@/features/site-errors/rules'
import { nobody } from '@collections/Feedback/fields/access'
import { isAdmin } from '@/platform/access/isAdmin'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'
import { applyErrorReportStep } from './hooks/applyErrorReportStep'
import { queueErrorReportAnswer } from './hooks/queueErrorReportAnswer'
import { stampErrorReport } from './hooks/stampErrorReport'
import { errorReportStep } from './endpoints/errorReportStep'

const fixed = { readOnly: true } as const

/**
 * 网站找错: a resident's report of an error on a page, answered within 3 working days. Created
 * only by the public form; worked from the 网站找错办理台 (/admin/site-errors) by its two steps.
 */
export const SiteErrorReports: CollectionConfig = {
  slug: 'site-error-reports',
  labels: collectionLabels('网站找错', 'Site error report'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'pageUrl', 'status', 'dueDay', 'receivedAt'],
    listSearchableFields: ['reference', 'pageUrl'],
    description: '在“网站找错办理台”办理：3 个工作日内答复。',
  },
  access: { create: errorReportForm, read: errorReportStaff, update: errorReportStaff, delete: isAdmin },
  indexes: [{ fields: ['status', 'dueDay'] }],
  hooks: { beforeChange: [stampErrorReport, applyErrorReportStep], afterChange: [queueErrorReportAnswer] },
  endpoints: [{ path: '/:id/actions/:step', method: 'post', handler: errorReportStep }],
  fields: [
    { name: 'reference', type: 'text', unique: true, index: true, label: { zh: '编号', en: 'Reference' }, admin: fixed },
    { name: 'pageUrl', type: 'text', required: true, maxLength: 500, label: { zh: '出错页面', en: 'Page' }, admin: fixed },
    { name: 'description', type: 'textarea', required: true, maxLength: DESCRIPTION_MAX, label: { zh: '问题说明', en: 'What is wrong' }, admin: fixed },
    // For the answer e-mail only, which the system sends: readable by nobody through the admin or the APIs.
    { name: 'email', type: 'text', maxLength: 254, label: { zh: '联系邮箱', en: 'E-mail' }, hidden: true, access: { read: nobody } },
    { name: 'contactGiven', type: 'checkbox', defaultValue: false, label: { zh: '留有邮箱', en: 'E-mail given' }, admin: fixed },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: ERROR_REPORT_STATUSES.map(({ value, label }) => ({ value, label: { zh: label, en: value } })),
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'receivedAt', type: 'date', label: { zh: '收到时间', en: 'Received' }, admin: { ...fixed, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'dueDay', type: 'text', index: true, label: { zh: '答复期限', en: 'Due' }, admin: { ...fixed, position: 'sidebar', description: '收到后 3 个工作日（北京时间）' } },
    {
      name: 'outcome',
      type: 'select',
      label: { zh: '核实结果', en: 'Outcome' },
      options: ERROR_REPORT_OUTCOMES.map(({ value, label }) => ({ value, label: { zh: label, en: value } })),
      admin: fixed,
    },
    { name: 'answer', type: 'textarea', maxLength: 2000, label: { zh: '答复内容', en: 'Answer' }, admin: fixed },
    { name: 'dismissReason', type: 'textarea', maxLength: 500, label: { zh: '不予处理理由', en: 'Reason' }, admin: fixed },
    { name: 'answeredAt', type: 'date', label: { zh: '办结时间', en: 'Settled' }, admin: { ...fixed, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'answeredBy', type: 'relationship', relationTo: 'users', label: { zh: '办理人', en: 'Settled by' }, admin: { ...fixed, position: 'sidebar' } },
    { name: 'idempotencyToken', type: 'text', label: { zh: '防重复提交标记', en: 'Idempotency token' }, unique: true, index: true, hidden: true, access: { read: nobody } },
  ],
}
