import { zh } from '@/platform/admin/labels'
import type { CollectionConfig, Where } from 'payload'
import { listIndexes } from '@/platform/database/list-indexes'
import { contentAccess } from '@/platform/access/contentAccess'
import { STATION_TYPES, WEEKDAY_LABELS } from '@/features/stations/rules'
import { importStationsEndpoint } from './endpoints/importStations'
import { previewStationsEndpoint } from './endpoints/previewStations'
import { validateHours, validateKey, validateLatitude, validateLongitude, validatePhone } from './fields/validators'
import { deriveStationFields } from './hooks/deriveStationFields'
import { revalidateStation, revalidateStationDelete } from './hooks/revalidateStation'
import { indexForSearch, removeFromSearch } from '@/features/search/hooks/indexForSearch'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const WEEKDAY_OPTIONS = Object.entries(WEEKDAY_LABELS).map(([value, label]) => ({ value, label }))
const TIME_HINT = { zh: '24 小时制，如 08:30；关门早于开门表示跨夜', en: '24-hour HH:MM; closing before opening runs overnight' }
const time = (name: string, label: { zh: string; en: string }, required = true) => ({
  name,
  type: 'text' as const,
  required,
  maxLength: 5,
  label,
  admin: { placeholder: '08:30', width: '33%' },
})

/** Where residents get family-planning services: the directory at /stations. */
export const ServiceStations: CollectionConfig = {
  slug: 'service-stations',
  labels: collectionLabels('服务网点', 'Service station'),
  admin: {
    group: ADMIN_GROUPS.stations,
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'district', 'lastVerifiedAt', '_status'],
    listSearchableFields: ['name', 'key', 'address'],
    components: { beforeListTable: ['/features/stations/ui/admin/ImportStationsLink#ImportStationsLink'] },
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 20 },
  // The public list sorts published stations by area, filters by type and area, and boxes them by
  // latitude for "near me".
  indexes: [{ fields: ['_status', 'type'] }, { fields: ['_status', 'lat', 'lng'] }],
  custom: listIndexes('service-stations', [{ name: 'service_stations_listed_idx', fields: ['_status', 'listOrder', 'name', 'id'] }]),
  endpoints: [
    { path: '/import/preview', method: 'post', handler: previewStationsEndpoint },
    { path: '/import', method: 'post', handler: importStationsEndpoint },
  ],
  hooks: {
    beforeChange: [deriveStationFields],
    afterChange: [revalidateStation, indexForSearch('service-stations')],
    afterDelete: [revalidateStationDelete, removeFromSearch('service-stations')],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100, label: { zh: '名称', en: 'Name' } },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 64,
      label: { zh: '编号', en: 'Key' },
      validate: validateKey,
      admin: {
        position: 'sidebar',
        description: { zh: '稳定编号，用于网址和批量导入时识别同一网点，例如 jinjiang-001；确定后请勿修改。', en: 'Stable key used in the address and by the CSV import.' },
      },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      label: { zh: '类型', en: 'Type' },
      options: STATION_TYPES.map(({ value, label }) => ({ value, label })),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'district',
          type: 'relationship',
          relationTo: 'districts',
          required: true,
          index: true,
          label: { zh: '区（市）县', en: 'County-level area' },
          filterOptions: { kind: { equals: 'county' } },
          admin: { width: '50%' },
        },
        {
          name: 'street',
          type: 'relationship',
          relationTo: 'districts',
          index: true,
          label: { zh: '街道（乡镇）', en: 'Street or township' },
          filterOptions: ({ data }): Where => (data?.district ? { parent: { equals: data.district } } : { kind: { equals: 'street' } }),
          admin: { width: '50%' },
        },
      ],
    },
    { name: 'address', type: 'text', required: true, maxLength: 200, label: { zh: '地址', en: 'Address' } },
    {
      name: 'phones',
      type: 'array',
      maxRows: 5,
      label: { zh: '电话', en: 'Phones' },
      labels: { singular: { zh: '电话', en: 'Phone' }, plural: { zh: '电话', en: 'Phones' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', type: 'text', required: true, maxLength: 30, label: { zh: '号码', en: 'Number' }, validate: validatePhone, admin: { placeholder: '028-86123456', width: '50%' } },
            { name: 'label', type: 'text', maxLength: 20, label: { zh: '说明', en: 'Label' }, admin: { placeholder: '咨询、预约', width: '50%' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'lat', type: 'number', required: true, label: { zh: '纬度', en: 'Latitude' }, validate: validateLatitude, admin: { step: 0.000001, width: '50%', placeholder: '30.657' } },
        { name: 'lng', type: 'number', required: true, label: { zh: '经度', en: 'Longitude' }, validate: validateLongitude, admin: { step: 0.000001, width: '50%', placeholder: '104.066' } },
      ],
    },
    {
      name: 'services',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      label: { zh: '服务项目', en: 'Services' },
    },
    {
      name: 'slots',
      type: 'array',
      label: { zh: '每周开放时间', en: 'Weekly opening hours' },
      labels: { singular: { zh: '时间段', en: 'Time slot' }, plural: { zh: '时间段', en: 'Time slots' } },
      admin: { description: { zh: '每个时间段一行，例如星期一 08:30–12:00 和星期一 14:00–17:30。不填的日子显示为休息。', en: 'One row per slot.' } },
      validate: validateHours,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'weekday', type: 'select', required: true, label: { zh: '星期', en: 'Weekday' }, options: WEEKDAY_OPTIONS, admin: { width: '34%' } },
            time('opens', { zh: '开门', en: 'Opens' }),
            { ...time('closes', { zh: '关门', en: 'Closes' }), admin: { placeholder: '17:30', width: '33%', description: TIME_HINT } },
          ],
        },
      ],
    },
    {
      name: 'closedOnPublicHolidays',
      type: 'checkbox',
      defaultValue: true,
      label: { zh: '法定节假日休息（按国务院公布的放假安排；调休上班日照常开放）', en: 'Closed on public holidays (official calendar)' },
    },
    {
      name: 'makeUpWorkdaysFollow',
      type: 'select',
      defaultValue: '1',
      options: WEEKDAY_OPTIONS,
      label: { zh: '调休上班日按星期几的时间开放', en: 'Make-up workdays follow' },
    },
    {
      name: 'exceptions',
      type: 'array',
      label: { zh: '特殊日期', en: 'Dated exceptions' },
      labels: { singular: { zh: '特殊日期', en: 'Exception' }, plural: { zh: '特殊日期', en: 'Exceptions' } },
      admin: { description: { zh: '临时休息或调整开放时间的日子；优先于每周时间和节假日安排。', en: 'Overrides weekly hours and holidays.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', type: 'date', required: true, label: { zh: '日期', en: 'Date' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' }, width: '50%' } },
            { name: 'closed', type: 'checkbox', defaultValue: true, label: { zh: '全天休息', en: 'Closed all day' }, admin: { width: '50%' } },
          ],
        },
        {
          type: 'row',
          admin: { condition: (_, sibling) => !sibling?.closed },
          fields: [
            time('opens', { zh: '开门', en: 'Opens' }, false),
            time('closes', { zh: '关门', en: 'Closes' }, false),
          ],
        },
        {
          type: 'row',
          admin: { condition: (_, sibling) => !sibling?.closed },
          fields: [
            time('opens2', { zh: '下午开门', en: 'Opens (2nd)' }, false),
            time('closes2', { zh: '下午关门', en: 'Closes (2nd)' }, false),
          ],
        },
        { name: 'note', type: 'text', maxLength: 60, label: { zh: '说明', en: 'Note' }, admin: { placeholder: '如：内部培训' } },
      ],
    },
    {
      name: 'accessibility',
      type: 'textarea',
      maxLength: 500,
      label: { zh: '无障碍与到达信息', en: 'Accessibility notes' },
      admin: { description: { zh: '如：一楼入口有坡道；有无障碍卫生间；地铁站出口步行距离。', en: 'Step-free access, toilets, transport.' } },
    },
    {
      name: 'lastVerifiedAt',
      type: 'date',
      required: true,
      label: { zh: '信息核实日期', en: 'Details last verified' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' }, description: { zh: '最近一次电话或实地核实地址、电话和开放时间的日期。', en: 'When address, phones and hours were last checked.' } },
    },
    { name: 'openingHours', type: 'json', label: { zh: '开放时间（整理后）', en: 'Opening hours' }, admin: { hidden: true } },
    { name: 'searchText', type: 'textarea', label: zh('检索文本', 'Search text'), admin: { hidden: true } },
    { name: 'listOrder', type: 'number', label: { zh: '列表顺序', en: 'List order' }, admin: { hidden: true } },
  ],
}
