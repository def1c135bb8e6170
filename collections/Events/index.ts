import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'
import { listIndexes } from '@/platform/database/list-indexes'
import { contentAccess } from '@/platform/access/contentAccess'
import { contentTags } from '@/platform/content/contentTagsField'
import { pageSlug } from '@/platform/content/pageSlugField'
import { assignTitleSlug } from '@/platform/content/assignTitleSlug'
import { revalidateContent } from '@/platform/cache/revalidateContent'
import { validateEndsAt, validateRegistrationPhone } from './validators'
import { indexForSearch, removeFromSearch } from '@/features/search/hooks/indexForSearch'
import { notifySubscribers } from '@/features/subscriptions/hooks/notifySubscribers'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const revalidate = revalidateContent({ base: '/events', lists: ['/', '/events', '/outreach', '/floating-population'], feed: '/feeds/events.xml' })

/** Activities of the campaign (婚育新风进万家) residents can attend, at /events. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: collectionLabels('活动', 'Event'),
  admin: {
    group: ADMIN_GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'place', 'tags', '_status'],
    listSearchableFields: ['title', 'place'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  // Upcoming (ascending) and past (descending) events, id breaking ties for keyset paging.
  custom: listIndexes('events', [{ name: 'events_listed_idx', fields: ['_status', 'startsAt', 'id', 'withdrawal.withdrawn'] }]),
  hooks: {
    beforeChange: [assignTitleSlug],
    afterChange: [revalidate.afterChange, indexForSearch('events'), notifySubscribers('events')],
    afterDelete: [revalidate.afterDelete, removeFromSearch('events')],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: { zh: '活动名称', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: { zh: '开始时间', en: 'Starts' },
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' }, width: '50%' },
        },
        {
          name: 'endsAt',
          type: 'date',
          label: { zh: '结束时间', en: 'Ends' },
          validate: validateEndsAt,
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' }, width: '50%' },
        },
      ],
    },
    { name: 'place', type: 'text', required: true, maxLength: 200, label: { zh: '地点', en: 'Place' } },
    {
      type: 'row',
      fields: [
        {
          name: 'station',
          type: 'relationship',
          relationTo: 'service-stations',
          label: { zh: '举办网点', en: 'Station' },
          admin: { width: '50%', description: { zh: '在服务网点举办时选择，页面会链接到该网点。', en: 'Links the event to the station page.' } },
        },
        {
          name: 'district',
          type: 'relationship',
          relationTo: 'districts',
          label: { zh: '区（市）县', en: 'County-level area' },
          filterOptions: { kind: { equals: 'county' } },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 140,
      label: { zh: '摘要', en: 'Summary' },
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: { zh: '配图', en: 'Image' } },
    {
      name: 'description',
      type: 'richText',
      label: { zh: '活动介绍', en: 'Description' },
      editor: lexicalEditor({
        features: ({ defaultFeatures }) =>
          defaultFeatures.filter((feature) => !['heading', 'upload', 'relationship'].includes(feature.key)),
      }),
    },
    {
      name: 'registration',
      type: 'group',
      label: { zh: '报名与咨询', en: 'Registration' },
      admin: { description: { zh: '无需报名的活动可以只写说明。请勿要求居民提供身份证号。', en: 'Never ask residents for ID numbers.' } },
      fields: [
        { name: 'note', type: 'text', maxLength: 120, label: { zh: '说明', en: 'Note' }, admin: { placeholder: '免费参加，无需报名' } },
        {
          type: 'row',
          fields: [
            { name: 'contact', type: 'text', maxLength: 40, label: { zh: '联系人', en: 'Contact' }, admin: { width: '33%' } },
            { name: 'phone', type: 'text', maxLength: 30, label: { zh: '电话', en: 'Phone' }, validate: validateRegistrationPhone, admin: { width: '33%' } },
            { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' }, admin: { width: '34%' } },
          ],
        },
      ],
    },
    contentTags,
    pageSlug,
  ],
}
