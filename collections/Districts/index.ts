import type { CollectionConfig } from 'payload'
import { withPendingChanges } from '@/platform/publishing/pending-change/withPendingChanges'
import { anyone } from '@/platform/access/anyone'
import { canEditContent } from '@/platform/access/canEditContent'
import { isAdmin } from '@/platform/access/isAdmin'
import { revalidateStationDirectory } from '@collections/ServiceStations/hooks/revalidateStation'
import { checkDistrictParent } from './hooks/checkDistrictParent'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const CODE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/

/**
 * Chengdu's county-level areas (区、市、县 and the functional areas) at the top, their streets
 * and townships (街道、乡镇) under them. Residents filter the station list by both.
 */
export const Districts: CollectionConfig = withPendingChanges({
  slug: 'districts',
  labels: collectionLabels('区域', 'Area', 'Areas', '区域（区县与街道）'),
  admin: {
    group: ADMIN_GROUPS.stations,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'parent', 'code', 'reviewState', 'order'],
    listSearchableFields: ['name', 'code'],
  },
  defaultSort: 'order',
  access: { read: anyone, create: canEditContent, update: canEditContent, delete: isAdmin },
  hooks: {
    beforeChange: [checkDistrictParent],
    afterChange: [revalidateStationDirectory],
  },
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
      admin: { description: { zh: '用于网址和导入，例如 jinjiang 或 jinjiang-chunxi；保存后请勿修改。', en: 'Used in addresses and imports.' } },
      validate: (value: unknown) => (typeof value === 'string' && CODE.test(value) ? true : '代码只能使用小写字母、数字和连字符'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'county',
      index: true,
      label: { zh: '层级', en: 'Level' },
      options: [
        { value: 'county', label: { zh: '区（市）县', en: 'County-level area' } },
        { value: 'street', label: { zh: '街道（乡镇）', en: 'Street or township' } },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'districts',
      index: true,
      label: { zh: '所属区（市）县', en: 'County-level area' },
      filterOptions: { kind: { equals: 'county' } },
      admin: { condition: (data) => data?.kind === 'street' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: { zh: '排序', en: 'Order' },
      admin: { position: 'sidebar', description: { zh: '数字小的排在前面。', en: 'Lower comes first.' } },
    },
  ],
}, ['name', 'code', 'kind', 'parent'], { newRecordsWait: true })
