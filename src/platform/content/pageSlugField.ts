import type { Field } from 'payload'

/** The page address; filled from the title's pinyin on first save (see assignTitleSlug). */
export const pageSlug: Field = {
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  maxLength: 80,
  label: { zh: '网址名', en: 'Slug' },
  admin: {
    position: 'sidebar',
    description: { zh: '留空则按标题拼音生成；发布后请勿修改，以免链接失效。', en: 'Generated from the title when empty; keep it once published.' },
  },
}
