import { pinyin } from 'pinyin-pro'

const MAX_LENGTH = 60

/** Lower-case ASCII words joined by single hyphens: every page address on the site. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * An ASCII address for a page, from its title: 关爱女孩 宣传周 → guan-ai-nv-hai-xuan-chuan-zhou,
 * cut at a syllable boundary. Staff may type a shorter one; it is kept once set.
 */
export function titleSlug(title: string): string {
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((part) => part.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
  let slug = ''
  for (const syllable of syllables) {
    const next = slug ? `${slug}-${syllable}` : syllable
    if (next.length > MAX_LENGTH) break
    slug = next
  }
  return slug || 'page'
}
