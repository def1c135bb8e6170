import type { CollectionBeforeChangeHook } from 'payload'
import { SLUG_PATTERN, titleSlug } from './rules/content-slug'
import { refusal } from '@/platform/errors/refusal'

/**
 * Gives a page a readable address once: what staff typed, or the title in pinyin, with -2, -3 …
 * when another page already has it. An address, once given, stays.
 */
export const assignTitleSlug: CollectionBeforeChangeHook = async ({ data, originalDoc, collection, req }) => {
  const typed = typeof data.slug === 'string' ? data.slug.trim().toLowerCase() : ''
  if (typed || originalDoc?.slug) {
    const slug = typed || originalDoc.slug
    if (!SLUG_PATTERN.test(slug)) throw refusal('网址名只能包含小写字母、数字和连字符，例如 guan-ai-nv-hai。')
    return { ...data, slug }
  }
  const base = titleSlug(String(data.title ?? ''))
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const taken = await req.payload.count({
      collection: collection.slug as never,
      where: { slug: { equals: candidate } },
      overrideAccess: true,
      req,
    })
    if (taken.totalDocs === 0) return { ...data, slug: candidate }
  }
  return { ...data, slug: `${base}-${Date.now().toString(36)}` }
}
