import type { CollectionConfig } from 'payload'
import { contentAccess } from '@/platform/access/contentAccess'
import { pageSlug } from '@/platform/content/pageSlugField'
import { assignTitleSlug } from '@/platform/content/assignTitleSlug'
import { revalidateContent } from '@/platform/cache/revalidateContent'
import { indexForSearch, removeFromSearch } from '@/features/search/hooks/indexForSearch'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'
import { onlineAddressProblem } from '@/features/guides/rules'

const revalidate = revalidateContent({ base: '/guides', lists: ['/', '/guides', '/floating-population'] })

const line = (name: string, zh: string, maxLength: number, extra: Record<string, unknown> = {}) =>
  ({ name, type: 'text', required: true, maxLength, label: { zh, en: name }, ...extra }) as const

/**
 * 办事指南 at /guides: one service a resident can apply for, in the order of the national
 * 政务服务事项 guide — who may apply, conditions, the materials to bring (a checklist that prints on
 * one page), numbered steps, time limit, fee, where (the stations offering the service, open now
 * first), hours, phone, the online service and the notices it rests on, with questions and answers.
 */
export const ServiceGuides: CollectionConfig = {
  slug: 'service-guides',
  labels: collectionLabels('办事指南', 'Service guide'),
  admin: {
    group: ADMIN_GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'example', 'updatedAt', '_status'],
    listSearchableFields: ['title', 'summary'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [assignTitleSlug],
    afterChange: [revalidate.afterChange, indexForSearch('service-guides')],
    afterDelete: [revalidate.afterDelete, removeFromSearch('service-guides')],
  },
  fields: [
    line('title', '事项名称', 40),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 140,
      label: { zh: '一句话说明', en: 'Summary' },
      admin: { description: { zh: '这项服务是什么、办了有什么用，一两句通俗的话。', en: 'What the service is, in one or two sentences.' } },
    },
    {
      name: 'example',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '示例（内容未经核实）', en: 'Example (not verified)' },
      admin: { position: 'sidebar', description: { zh: '勾选后页面顶部注明“示例”，提醒读者以窗口和电话咨询为准。', en: 'Marks the page as an example.' } },
    },
    { name: 'audience', type: 'textarea', required: true, maxLength: 300, label: { zh: '服务对象', en: 'Who may apply' } },
    {
      name: 'conditions',
      type: 'array',
      minRows: 1,
      maxRows: 12,
      label: { zh: '办理条件', en: 'Conditions' },
      labels: { singular: { zh: '条件', en: 'Condition' }, plural: { zh: '办理条件', en: 'Conditions' } },
      fields: [{ name: 'text', type: 'textarea', required: true, maxLength: 200, label: { zh: '内容', en: 'Text' } }],
    },
    {
      name: 'materials',
      type: 'array',
      minRows: 1,
      maxRows: 20,
      label: { zh: '申请材料', en: 'Materials' },
      labels: { singular: { zh: '材料', en: 'Item' }, plural: { zh: '申请材料', en: 'Materials' } },
      admin: { description: { zh: '页面上是一张可以打印的清单（一页纸），每项写清原件或复印件、份数。', en: 'A printable checklist.' } },
      fields: [
        line('name', '材料名称', 60),
        { name: 'note', type: 'text', maxLength: 120, label: { zh: '说明（原件、复印件、份数等）', en: 'Note' } },
        { name: 'optional', type: 'checkbox', defaultValue: false, label: { zh: '视情况提供', en: 'Only in some cases' } },
      ],
    },
    {
      name: 'steps',
      type: 'array',
      minRows: 1,
      maxRows: 12,
      label: { zh: '办理流程', en: 'Steps' },
      labels: { singular: { zh: '步骤', en: 'Step' }, plural: { zh: '办理流程', en: 'Steps' } },
      fields: [line('title', '步骤', 40), { name: 'detail', type: 'textarea', maxLength: 300, label: { zh: '说明', en: 'Detail' } }],
    },
    line('timeLimit', '办理时限', 80),
    line('fee', '收费标准', 80, { defaultValue: '不收费' }),
    line('hours', '办理时间', 120),
    line('phone', '咨询电话', 60),
    {
      name: 'services',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      label: { zh: '办理地点（提供这些服务的网点）', en: 'Where (stations offering these services)' },
      admin: { description: { zh: '页面列出提供这些服务的网点，现在开放的排在前面。', en: 'Stations offering them are listed, open now first.' } },
    },
    {
      type: 'group',
      name: 'online',
      label: { zh: '网上办理', en: 'Online' },
      fields: [
        { name: 'url', type: 'text', maxLength: 300, validate: (value: unknown) => onlineAddressProblem(value) ?? true, label: { zh: '网上办理地址', en: 'Address' }, admin: { description: { zh: '如天府通办的办理页面；留空则页面说明只能到窗口办理。', en: 'Leave empty when only in person.' } } },
        { name: 'label', type: 'text', maxLength: 40, defaultValue: '天府通办', label: { zh: '平台名称', en: 'Platform' } },
      ],
    },
    {
      name: 'legalBasis',
      type: 'relationship',
      relationTo: 'policy-notices',
      hasMany: true,
      label: { zh: '法律依据（政策文件）', en: 'Legal basis' },
    },
    {
      name: 'faq',
      type: 'array',
      maxRows: 20,
      label: { zh: '常见问题', en: 'Questions and answers' },
      labels: { singular: { zh: '问答', en: 'Question' }, plural: { zh: '常见问题', en: 'Questions' } },
      fields: [
        { name: 'question', type: 'text', required: true, maxLength: 100, label: { zh: '问题', en: 'Question' } },
        { name: 'answer', type: 'textarea', required: true, maxLength: 1000, label: { zh: '回答', en: 'Answer' } },
      ],
    },
    pageSlug,
  ],
}
