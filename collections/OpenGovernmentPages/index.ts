import type { CollectionConfig, Field } from 'payload'
import { contentAccess } from '@/platform/access/contentAccess'
import { partEditor } from '@/platform/content/partEditor'
import { revalidateContent } from '@/platform/cache/revalidateContent'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'
import { GUIDE_PARTS, OPEN_GOVERNMENT_PAGES } from '@/features/open-government-hub/rules'

const revalidate = revalidateContent({ base: '/open-government', lists: ['/open-government', '/site-map'] })

const part = ({ name, heading }: (typeof GUIDE_PARTS)[number]): Field => ({ name, type: 'richText', required: true, label: { zh: heading, en: name }, editor: partEditor })

/**
 * 政府信息公开指南 and the other fixed pages of /open-government, written by staff and
 * published through the publishing desk (two people). Each page has its own address, chosen here.
 */
export const OpenGovernmentPages: CollectionConfig = {
  slug: 'open-government-pages',
  labels: collectionLabels('政府信息公开页面', 'Open-government page'),
  admin: { group: ADMIN_GROUPS.content, useAsTitle: 'title', defaultColumns: ['title', 'slug', 'updatedAt', '_status'] },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 60, label: { zh: '标题', en: 'Title' } },
    {
      name: 'slug',
      type: 'select',
      required: true,
      unique: true,
      index: true,
      label: { zh: '页面', en: 'Page' },
      options: OPEN_GOVERNMENT_PAGES.map((page) => ({ value: page.value, label: { zh: `${page.label}（${page.href}）`, en: page.href } })),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 140, label: { zh: '摘要', en: 'Summary' } },
    {
      name: 'example',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '示例（内容未经核实）', en: 'Example (not verified)' },
      admin: { position: 'sidebar', description: { zh: '勾选后页面顶部注明“示例”。', en: 'Marks the page as an example.' } },
    },
    ...GUIDE_PARTS.map(part),
  ],
}
