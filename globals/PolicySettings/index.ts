import type { GlobalConfig } from 'payload'
import { anyone } from '@/platform/access/anyone'
import { isAdmin } from '@/platform/access/isAdmin'
import { ADMIN_GROUPS } from '@/platform/admin/labels'

export const DEFAULT_INDEX_PATTERN = '{authority}/{year}-{seq:5}'

/** Settings of government information disclosure: how 索引号 are made. */
export const PolicySettings: GlobalConfig = {
  slug: 'policy-settings',
  label: { zh: '政务公开设置', en: 'Disclosure settings' },
  admin: { group: ADMIN_GROUPS.system },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      name: 'authorityCode',
      type: 'text',
      required: true,
      maxLength: 30,
      defaultValue: '00815012-X',
      label: { zh: '机构代码（索引号前缀）', en: 'Authority code' },
    },
    {
      name: 'indexNumberPattern',
      type: 'text',
      required: true,
      maxLength: 60,
      defaultValue: DEFAULT_INDEX_PATTERN,
      label: { zh: '索引号格式', en: 'Index number pattern' },
      admin: {
        description: {
          zh: '可用：{authority} 机构代码，{year} 年份，{topic} 主题代码，{seq:5} 当年序号（补足 5 位）。只影响新建文件。',
          en: 'Tokens: {authority}, {year}, {topic}, {seq:5}. Applies to new notices only.',
        },
      },
      validate: (value: unknown) =>
        typeof value === 'string' && /\{seq(:\d)?\}/.test(value) && value.includes('{year}')
          ? true
          : '格式中必须包含 {year} 和 {seq}，以保证索引号不重复',
    },
  ],
}
