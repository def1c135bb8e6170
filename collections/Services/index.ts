import type { CollectionConfig } from 'payload'
import { withPendingChanges } from '@/platform/publishing/pending-change/withPendingChanges'
import { anyone } from '@/platform/access/anyone'
import { canEditContent } from '@/platform/access/canEditContent'
import { isAdmin } from '@/platform/access/isAdmin'
import { revalidateStationDirectory } from '@collections/ServiceStations/hooks/revalidateStation'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

/** What a station offers residents: free contraceptives, pre-pregnancy check-ups, HIV testing, … */
export const Services: CollectionConfig = withPendingChanges({
  slug: 'services',
  labels: collectionLabels('服务项目', 'Service'),
  admin: {
    group: ADMIN_GROUPS.stations,
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'reviewState', 'order'],
  },
  defaultSort: 'order',
  access: { read: anyone, create: canEditContent, update: canEditContent, delete: isAdmin },
  hooks: { afterChange: [revalidateStationDirectory] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 40, label: { zh: '名称', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 64,
      label: { zh: '代码', en: 'Code' },
      admin: { description: { zh: '用于网址和导入，例如 free-contraceptives；保存后请勿修改。', en: 'Used in addresses and imports.' } },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(value) ? true : '代码只能使用小写字母、数字和连字符',
    },
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 300,
      label: { zh: '简要说明', en: 'Summary' },
      admin: { description: { zh: '向居民说明这项服务是什么、谁可以申请，一两句话即可。', en: 'One or two plain sentences for residents.' } },
    },
    { name: 'order', type: 'number', defaultValue: 100, label: { zh: '排序', en: 'Order' }, admin: { position: 'sidebar' } },
  ],
}, ['name', 'code', 'summary'], { newRecordsWait: true })
