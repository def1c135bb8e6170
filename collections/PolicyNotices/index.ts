import { zh } from '@/platform/admin/labels'
import { HeadingFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'
import { listIndexes } from '@/platform/database/list-indexes'
import { contentAccess } from '@/platform/access/contentAccess'
import { disclosureMetadata } from './fields/disclosureMetadata'
import { importNotice } from './endpoints/importNotice'
import { previewNoticeImport } from './endpoints/previewNoticeImport'
import { assignIndexNumber } from './hooks/assignIndexNumber'
import { deriveNoticeFields } from './hooks/deriveNoticeFields'
import { normaliseNoticeInput } from './hooks/normaliseNoticeInput'
import { revalidateNotice, revalidateNoticeDelete } from './hooks/revalidateNotice'
import { indexForSearch, removeFromSearch } from '@/features/search/hooks/indexForSearch'
import { notifySubscribers } from '@/features/subscriptions/hooks/notifySubscribers'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

export const PolicyNotices: CollectionConfig = {
  slug: 'policy-notices',
  labels: collectionLabels('政策文件', 'Policy notice'),
  admin: {
    group: ADMIN_GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'documentNumber', 'dateWritten', 'validity', '_status'],
    listSearchableFields: ['title', 'documentNumber', 'indexNumber'],
    components: { beforeListTable: ['/features/policies/ui/admin/ImportNoticesLink#ImportNoticesLink'] },
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  // The public list: published notices newest first (id breaks ties, for keyset paging), by year
  // and topic or by authority; the withdrawal flag is in each so counting reads the index alone.
  custom: listIndexes('policy-notices', [
    { name: 'policy_notices_listed_idx', fields: ['_status', 'datePublished', 'id', 'withdrawal.withdrawn'] },
    { name: 'policy_notices_listed_year_topic_idx', fields: ['_status', 'year', 'topic', 'datePublished', 'id', 'withdrawal.withdrawn'] },
    { name: 'policy_notices_listed_authority_idx', fields: ['_status', 'issuingAuthority', 'datePublished', 'id', 'withdrawal.withdrawn'] },
  ]),
  endpoints: [
    { path: '/import/preview', method: 'post', handler: previewNoticeImport },
    { path: '/import', method: 'post', handler: importNotice },
  ],
  hooks: {
    beforeValidate: [normaliseNoticeInput],
    beforeChange: [assignIndexNumber, deriveNoticeFields],
    afterChange: [revalidateNotice, indexForSearch('policy-notices'), notifySubscribers('policies')],
    afterDelete: [revalidateNoticeDelete, removeFromSearch('policy-notices')],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'document',
      label: { zh: '类别', en: 'Kind' },
      options: [
        { value: 'document', label: { zh: '政策文件', en: 'Document' } },
        { value: 'interpretation', label: { zh: '政策解读', en: 'Interpretation' } },
      ],
    },
    ...disclosureMetadata,
    {
      name: 'body',
      type: 'richText',
      label: { zh: '正文', en: 'Body' },
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures.filter((feature) => feature.key !== 'heading'),
          HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
        ],
      }),
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'policy-documents',
      hasMany: true,
      maxRows: 20,
      label: { zh: '附件', en: 'Attachments' },
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'policy-notices',
      hasMany: true,
      label: { zh: '相关文件与解读', en: 'Related notices and interpretations' },
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 80,
      label: { zh: '网址名', en: 'Slug' },
      admin: { position: 'sidebar', description: { zh: '首次保存时生成，此后不变，以免链接失效。', en: 'Set once on first save.' } },
    },
    { name: 'year', type: 'number', index: true, label: zh('年份', 'Year'), admin: { hidden: true } },
    { name: 'indexSequence', type: 'number', label: { zh: '索引号序号', en: 'Index sequence' }, admin: { hidden: true } },
    { name: 'searchText', type: 'textarea', label: zh('检索文本', 'Search text'), admin: { hidden: true } },
  ],
}
