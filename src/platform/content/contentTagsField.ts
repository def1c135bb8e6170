import type { Field } from 'payload'
import { CONTENT_TAGS } from './rules/content-tags'

/** Topic tags shared by outreach articles, events and health pages. */
export const contentTags: Field = {
  name: 'tags',
  type: 'select',
  hasMany: true,
  index: true,
  label: { zh: '主题标签', en: 'Topics' },
  options: CONTENT_TAGS.map(({ value, label }) => ({ value, label })),
  admin: {
    position: 'sidebar',
    description: { zh: '标为“流动人口”的内容会出现在流动人口服务指南页。', en: 'Content tagged 流动人口 appears in the floating-population guide.' },
  },
}
