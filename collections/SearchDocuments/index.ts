import type { CollectionConfig } from 'payload'
import { anyone } from '@/platform/access/anyone'
import { isAdmin } from '@/platform/access/isAdmin'
import { SEARCH_TYPES } from '@/features/search/rules'
import { ADMIN_GROUPS, collectionLabels } from '@/platform/admin/labels'

const nobody = () => false

/**
 * The site-search index, kept in the database so every instance shares it and it survives
 * restarts. One row per published page, written only by the content collections' hooks (and
 * `npm run search:rebuild`) with what a visitor may see; drafts never get here.
 */
export const SearchDocuments: CollectionConfig = {
  slug: 'search-documents',
  labels: collectionLabels('搜索索引', 'Search entry', 'Search index'),
  admin: {
    group: ADMIN_GROUPS.system,
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'url', 'updatedAt'],
    hidden: ({ user }) => !user?.roles?.includes('admin'),
  },
  access: { read: anyone, create: nobody, update: nobody, delete: nobody, readVersions: isAdmin },
  fields: [
    { name: 'source', type: 'text', required: true, unique: true, index: true, label: { zh: '来源', en: 'Source' } },
    { name: 'type', type: 'select', required: true, index: true, options: SEARCH_TYPES.map(({ value, label }) => ({ value, label })), label: { zh: '类型', en: 'Type' } },
    { name: 'url', type: 'text', required: true, label: { zh: '网址', en: 'URL' } },
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
    { name: 'body', type: 'textarea', label: { zh: '正文（纯文本）', en: 'Text' } },
    { name: 'tokens', type: 'textarea', required: true, label: { zh: '检索词元', en: 'Tokens' } },
    { name: 'publishedAt', type: 'date', index: true, label: { zh: '发布日期', en: 'Published' } },
  ],
}
