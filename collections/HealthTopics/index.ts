import { HeadingFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'
import { contentAccess } from '@/platform/access/contentAccess'
import { contentTags } from '@/platform/content/contentTagsField'
import { pageSlug } from '@/platform/content/pageSlugField'
import { assignTitleSlug } from '@/platform/content/assignTitleSlug'
import { revalidateContent } from '@/platform/cache/revalidateContent'
import { reviewFields } from './fields/review'
import { defaultNextReview } from './hooks/defaultNextReview'
import { keepReminderMark } from './hooks/keepReminderMark'
import { indexForSearch, removeFromSearch } from '@/features/search/hooks/indexForSearch'
import { notifySubscribers } from '@/features/subscriptions/hooks/notifySubscribers'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const revalidate = revalidateContent({ base: '/health', lists: ['/', '/health', '/floating-population'], feed: '/feeds/health.xml' })

/**
 * Health and AIDS-prevention pages at /health, in the shape of a fact sheet: key facts first,
 * then sections, questions and answers, leaflets, where to get the service, and who reviewed it.
 */
export const HealthTopics: CollectionConfig = {
  slug: 'health-topics',
  labels: collectionLabels('健康知识', 'Health topic'),
  admin: {
    group: ADMIN_GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'tags', 'lastReviewedAt', 'nextReviewDueAt', '_status'],
    listSearchableFields: ['title', 'summary'],
    components: { beforeListTable: ['/features/health/ui/admin/HealthReviewOverdueLink#HealthReviewOverdueLink'] },
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  indexes: [{ fields: ['_status', 'nextReviewDueAt'] }],
  hooks: {
    beforeValidate: [defaultNextReview],
    beforeChange: [assignTitleSlug, keepReminderMark],
    afterChange: [revalidate.afterChange, indexForSearch('health-topics'), notifySubscribers('health')],
    afterDelete: [revalidate.afterDelete, removeFromSearch('health-topics')],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 65, label: { zh: '标题', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 140,
      label: { zh: '摘要', en: 'Summary' },
      admin: { description: { zh: '一两句通俗的话，说明本页讲什么。', en: 'One or two plain sentences.' } },
    },
    {
      name: 'keyFacts',
      type: 'array',
      minRows: 1,
      maxRows: 8,
      label: { zh: '要点', en: 'Key facts' },
      labels: { singular: { zh: '要点', en: 'Key fact' }, plural: { zh: '要点', en: 'Key facts' } },
      admin: { description: { zh: '页面最先显示。每条一句话，只写有依据的内容，不写未经核实的数字。', en: 'Shown first; one sentence each.' } },
      fields: [{ name: 'fact', type: 'textarea', required: true, maxLength: 200, label: { zh: '内容', en: 'Fact' } }],
    },
    {
      name: 'sections',
      type: 'array',
      maxRows: 12,
      label: { zh: '正文分节', en: 'Sections' },
      labels: { singular: { zh: '一节', en: 'Section' }, plural: { zh: '分节', en: 'Sections' } },
      admin: { description: { zh: '建议顺序：概述、如何传播或发生、预防、检测、治疗、到哪里获得帮助。', en: 'Overview, transmission, prevention, testing, treatment, where to get help.' } },
      fields: [
        { name: 'heading', type: 'text', required: true, maxLength: 40, label: { zh: '小标题', en: 'Heading' } },
        {
          name: 'body',
          type: 'richText',
          required: true,
          label: { zh: '内容', en: 'Body' },
          editor: lexicalEditor({
            features: ({ defaultFeatures }) => [
              ...defaultFeatures.filter((feature) => !['heading', 'upload', 'relationship'].includes(feature.key)),
              HeadingFeature({ enabledHeadingSizes: ['h3'] }),
            ],
          }),
        },
      ],
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
    {
      name: 'leaflets',
      type: 'upload',
      relationTo: 'policy-documents',
      hasMany: true,
      maxRows: 10,
      label: { zh: '宣传折页下载（PDF）', en: 'Leaflets (PDF)' },
    },
    {
      name: 'relatedServices',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      label: { zh: '相关服务项目', en: 'Related services' },
      admin: { description: { zh: '页面会列出提供这些服务的网点。', en: 'The page lists the stations offering them.' } },
    },
    ...reviewFields,
    contentTags,
    {
      name: 'sensitive',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '敏感话题', en: 'Sensitive topic' },
      admin: {
        position: 'sidebar',
        description: { zh: '页面不显示任何表单或第三方内容，并提醒读者无需提供个人信息。', en: 'No forms or third-party elements on the page.' },
      },
    },
    pageSlug,
  ],
}
