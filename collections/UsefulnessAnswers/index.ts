import type { CollectionConfig } from 'payload'
import { usefulnessFormOnly } from '@/features/usefulness/access/usefulnessAccess'
import { USEFULNESS_SECTIONS } from '@/features/usefulness/rules/usefulness-pages'
import { isAdmin } from '@/platform/access/isAdmin'
import { isStaff } from '@/platform/access/isStaff'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const nobody = () => false

/**
 * "这个页面对您有帮助吗？" answers: the page, yes or no, and a short reason already cleared of
 * personal data (features/usefulness/rules). No address, no cookie, nothing about the reader.
 */
export const UsefulnessAnswers: CollectionConfig = {
  slug: 'usefulness-answers',
  labels: collectionLabels('页面评价', 'Usefulness answer'),
  admin: {
    group: ADMIN_GROUPS.messages,
    useAsTitle: 'path',
    defaultColumns: ['path', 'useful', 'reason', 'createdAt'],
    description: { zh: '读者对内容页面“是否有帮助”的回答。汇总见“页面评价统计”。', en: 'Readers’ answers.' },
    components: { beforeListTable: ['/features/usefulness/ui/admin/UsefulnessReportLink#UsefulnessReportLink'] },
  },
  access: { create: usefulnessFormOnly, read: isStaff, update: nobody, delete: isAdmin },
  fields: [
    { name: 'path', type: 'text', required: true, index: true, maxLength: 200, label: { zh: '页面地址', en: 'Page' } },
    { name: 'section', type: 'select', required: true, options: USEFULNESS_SECTIONS.map(({ value, label }) => ({ value, label })), label: { zh: '栏目', en: 'Section' } },
    { name: 'useful', type: 'checkbox', required: true, defaultValue: false, label: { zh: '有帮助', en: 'Useful' } },
    { name: 'reason', type: 'text', maxLength: 400, label: { zh: '原因', en: 'Reason' } },
  ],
}
