import { HeadingFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'
import { listIndexes } from '@/platform/database/list-indexes'
import { contentAccess } from '@/platform/access/contentAccess'
import { contentTags } from '@/platform/content/contentTagsField'
import { pageSlug } from '@/platform/content/pageSlugField'
import { assignTitleSlug } from '@/platform/content/assignTitleSlug'
import { revalidateContent } from '@/platform/cache/revalidateContent'
import { setPublishedAt } from './hooks/setPublishedAt'
import { indexForSearch, removeFromSearch } from '@/features/search/hooks/indexForSearch'
import { notifySubscribers } from '@/features/subscriptions/hooks/notifySubscribers'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const revalidate = revalidateContent({ base: '/outreach', lists: ['/', '/outreach', '/floating-population'], feed: '/feeds/outreach.xml' })

/** 婚育新风进万家: stories, guides and notices of activities, at /outreach. */
export const OutreachArticles: CollectionConfig = {
  slug: 'outreach-articles',
  labels: collectionLabels('婚育新风文章', 'Outreach article'),
  admin: {
    group: ADMIN_GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'tags', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'summary'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  // The public list, newest first (id breaks ties, for keyset paging); counting reads the index alone.
  custom: listIndexes('outreach-articles', [{ name: 'outreach_articles_listed_idx', fields: ['_status', 'publishedAt', 'id', 'withdrawal.withdrawn'] }]),
  hooks: {
    beforeChange: [assignTitleSlug, setPublishedAt],
    afterChange: [revalidate.afterChange, indexForSearch('outreach-articles'), notifySubscribers('outreach')],
    afterDelete: [revalidate.afterDelete, removeFromSearch('outreach-articles')],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: { zh: '标题', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'story',
      label: { zh: '类别', en: 'Kind' },
      options: [
        { value: 'story', label: { zh: '宣传故事', en: 'Story' } },
        { value: 'guide', label: { zh: '办事与健康指引', en: 'Guide' } },
        { value: 'activity', label: { zh: '活动通知', en: 'Notice of activity' } },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 140,
      label: { zh: '摘要', en: 'Summary' },
      admin: { description: { zh: '列表中显示，一两句话，不超过 140 字。', en: 'Shown in lists; up to 140 characters.' } },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '配图', en: 'Image' },
      admin: { description: { zh: '图片的替代文字在“图片”中填写，必填。', en: 'Alt text is required on the image.' } },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      label: { zh: '正文', en: 'Body' },
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures.filter((feature) => feature.key !== 'heading' && feature.key !== 'upload' && feature.key !== 'relationship'),
          HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] }),
        ],
      }),
    },
    contentTags,
    pageSlug,
    {
      name: 'publishedAt',
      type: 'date',
      label: { zh: '发布日期', en: 'Published' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: { zh: '首次发布时自动填写。', en: 'Set on first publish.' } },
    },
  ],
}
