import type { GlobalConfig } from 'payload'
import { anyone } from '@/platform/access/anyone'
import { isAdmin } from '@/platform/access/isAdmin'
import { revalidateSiteShell } from './hooks/revalidateSiteShell'
import { ADMIN_GROUPS } from '@/platform/admin/labels'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { zh: '网站设置', en: 'Site settings' },
  admin: { group: ADMIN_GROUPS.system },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [revalidateSiteShell] },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      maxLength: 40,
      defaultValue: '成都市计划生育与生殖健康服务网',
      label: { zh: '网站名称', en: 'Site name' },
    },
    {
      name: 'authorityName',
      type: 'text',
      required: true,
      maxLength: 60,
      defaultValue: '成都市卫生健康委员会',
      label: { zh: '主办单位', en: 'Authority' },
    },
    {
      name: 'authorityAddress',
      type: 'text',
      maxLength: 120,
      defaultValue: '四川省成都市',
      label: { zh: '单位地址', en: 'Address' },
    },
    {
      name: 'hotlines',
      type: 'array',
      label: { zh: '服务热线', en: 'Hotlines' },
      labels: { singular: { zh: '热线', en: 'Hotline' }, plural: { zh: '服务热线', en: 'Hotlines' } },
      maxRows: 6,
      defaultValue: [
        { label: '全国卫生健康热线', number: '12320' },
      ],
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 30, label: { zh: '名称', en: 'Label' } },
        { name: 'number', type: 'text', required: true, maxLength: 20, label: { zh: '号码', en: 'Number' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'icpNumber', type: 'text', maxLength: 40, label: { zh: 'ICP 备案号', en: 'ICP licence number' } },
        { name: 'siteIdCode', type: 'text', maxLength: 20, label: { zh: '网站标识码', en: 'Site ID code' } },
        { name: 'policeRecordNumber', type: 'text', maxLength: 40, label: { zh: '公安备案号', en: 'Public security record' } },
      ],
    },
    {
      name: 'navigation',
      type: 'array',
      label: { zh: '主导航', en: 'Navigation' },
      labels: { singular: { zh: '栏目', en: 'Section' }, plural: { zh: '主导航', en: 'Navigation' } },
      maxRows: 10,
      admin: { description: { zh: '留空时使用默认栏目。', en: 'Leave empty to use the default sections.' } },
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 12, label: { zh: '栏目名称', en: 'Label' } },
        { name: 'href', type: 'text', required: true, maxLength: 200, label: { zh: '链接', en: 'Link' },
          validate: (value: unknown) =>
            typeof value === 'string' && /^\/(?!\/)[^\s]*$/.test(value) ? true : '请填写以 / 开头的站内链接',
        },
      ],
    },
  ],
}
