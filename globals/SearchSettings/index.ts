import type { GlobalConfig } from 'payload'
import { DEFAULT_SYNONYMS } from '@/features/search/rules'
import { anyone } from '@/platform/access/anyone'
import { canEditContent } from '@/platform/access/canEditContent'
import { ADMIN_GROUPS } from '@/platform/admin/labels'

/** What residents type and what the pages say: read by the site search (features/search). */
export const SearchSettings: GlobalConfig = {
  slug: 'search-settings',
  label: { zh: '搜索同义词', en: 'Search synonyms' },
  admin: {
    group: ADMIN_GROUPS.content,
    description: {
      zh: '居民常用的说法、简称和错别字，以及网站上的规范说法。搜索时会同时查找规范说法，并在结果上方注明。多个词用顿号“、”分隔；规范说法中的空格表示分开查找的词（例如“艾滋病 检测”）。',
      en: 'Everyday words and typos, and what the pages say instead.',
    },
  },
  access: { read: anyone, update: canEditContent },
  fields: [
    {
      name: 'synonyms',
      type: 'array',
      label: { zh: '同义词', en: 'Synonyms' },
      labels: { singular: { zh: '一组同义词', en: 'Synonym' }, plural: { zh: '同义词', en: 'Synonyms' } },
      maxRows: 500,
      defaultValue: DEFAULT_SYNONYMS.map((row) => ({ ...row })),
      fields: [
        { name: 'typed', type: 'text', required: true, maxLength: 200, label: { zh: '居民可能输入', en: 'Typed' } },
        { name: 'means', type: 'text', required: true, maxLength: 200, label: { zh: '网站上的说法', en: 'Means' } },
      ],
    },
  ],
}
