import type { CollectionConfig, Field, FieldAccess } from 'payload'
import { FIRST_REPORT_YEAR, WRITTEN_PARTS, type WrittenPartKey } from '@/features/annual-reports/rules'
import { GENERATING_TABLES } from '@/features/annual-reports/server/generate-tables'
import { contentAccess } from '@/platform/access/contentAccess'
import { ADMIN_GROUPS, collectionLabels, zh } from '@/platform/admin/labels'
import { revalidateContent } from '@/platform/cache/revalidateContent'
import { partEditor } from '@/platform/content/partEditor'
import { nobody } from '@collections/Feedback/fields/access'
import { generateTables } from './endpoints/generateTables'
import { remediesField } from './fields/remedies'
import { deriveReportFields } from './hooks/deriveReportFields'

const revalidate = revalidateContent({ base: '/open-government/annual-reports', lists: ['/open-government', '/open-government/annual-reports', '/site-map'] })

/** Only 按本年数据生成表格 writes the generated tables; nobody types figures into them. */
const whileGenerating: FieldAccess = ({ req }) => req.context?.[GENERATING_TABLES] === true

const HINTS: Record<WrittenPartKey, string> = {
  overview: '综述本年度主动公开、依申请公开、政府信息管理、平台建设和监督保障等工作情况。',
  problems: '如实写明存在的问题和下一步改进措施，以及上一年度问题的改进情况。',
  otherMatters: '如收取信息处理费的情况、人大代表建议和政协提案办理结果公开情况、年度工作要点落实情况等；没有的写“无”。',
}

const written = (key: WrittenPartKey): Field => {
  const part = WRITTEN_PARTS.find((candidate) => candidate.key === key)!
  return { name: key, type: 'richText', required: true, editor: partEditor, label: zh(part.heading, key), admin: { description: zh(HINTS[key], key) } }
}

/**
 * 政府信息公开工作年度报告: one per year, written by staff and published through the publishing
 * desk (two people). Its tables of notices and applications are generated from the data
 * (src/features/annual-reports) and stored with the report, so what was published stays as published.
 */
export const OpenGovernmentReports: CollectionConfig = {
  slug: 'open-government-reports',
  labels: collectionLabels('政府信息公开年度报告', 'Annual open-government report'),
  admin: { group: ADMIN_GROUPS.content, useAsTitle: 'title', defaultColumns: ['title', 'year', 'updatedAt', '_status'] },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  endpoints: [{ path: '/:id/generate-tables', method: 'post', handler: generateTables }],
  hooks: { beforeChange: [deriveReportFields], afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, unique: true, index: true, min: FIRST_REPORT_YEAR, label: zh('报告年度', 'Year'), admin: { description: zh('如 2025。每个年度只有一份报告。', 'One report per year.') } },
        { name: 'title', type: 'text', maxLength: 60, label: zh('标题', 'Title'), access: { create: nobody, update: nobody }, admin: { readOnly: true, description: zh('按报告年度自动生成。', 'Follows the year.') } },
      ],
    },
    { name: 'slug', type: 'text', unique: true, index: true, label: zh('网址名', 'Slug'), access: { create: nobody, update: nobody }, admin: { hidden: true } },
    {
      name: 'example',
      type: 'checkbox',
      defaultValue: false,
      label: zh('示例（内容未经核实）', 'Example (not verified)'),
      admin: { position: 'sidebar', description: zh('勾选后页面顶部注明“示例”。', 'Marks the report as an example.') },
    },
    { name: 'publishedAt', type: 'date', label: zh('发布日期', 'Published'), access: { create: nobody, update: nobody }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
    written('overview'),
    { name: 'tablesPanel', type: 'ui', label: zh('统计表格', 'Tables'), admin: { disableListColumn: true, components: { Field: '/features/annual-reports/ui/admin/GeneratedTablesPanel#GeneratedTablesPanel' } } },
    remediesField,
    written('problems'),
    written('otherMatters'),
    { name: 'tables', type: 'json', label: zh('统计表格', 'Tables'), access: { create: whileGenerating, update: whileGenerating }, admin: { hidden: true } },
  ],
}
