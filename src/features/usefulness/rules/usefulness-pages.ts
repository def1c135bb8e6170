/**
 * The content pages that ask "这个页面对您有帮助吗？": one line per section with a page per
 * document. The answer form, the collection's options and the staff view all read this list.
 */
export const USEFULNESS_SECTIONS = [
  { value: 'policies', label: '政策文件', prefix: '/policies/' },
  { value: 'guides', label: '办事指南', prefix: '/guides/' },
  { value: 'outreach', label: '婚育新风', prefix: '/outreach/' },
  { value: 'events', label: '活动', prefix: '/events/' },
  { value: 'health', label: '健康与防艾', prefix: '/health/' },
] as const

export type UsefulnessSection = (typeof USEFULNESS_SECTIONS)[number]['value']

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/

/** The page an answer is about, from the address the form sent: a known section and a slug, or null. */
export function usefulnessPage(path: unknown): { path: string; section: UsefulnessSection; slug: string } | null {
  if (typeof path !== 'string' || path.length > 200) return null
  for (const section of USEFULNESS_SECTIONS) {
    if (!path.startsWith(section.prefix)) continue
    const slug = path.slice(section.prefix.length)
    return SLUG.test(slug) ? { path, section: section.value, slug } : null
  }
  return null
}

export const usefulnessSectionLabel = (value: string) => USEFULNESS_SECTIONS.find((section) => section.value === value)?.label ?? value
