import { SECTIONS } from '@/platform/site-shell/sections'
import { SECTION_PATHS } from './public-address'

/** Events are listed under 婚育新风 and have no section of their own in the navigation. */
const LABELS: Record<string, string> = {
  ...Object.fromEntries(SECTIONS.map((section) => [section.href, section.label])),
  '/events': '活动',
}

/** Where the 410 page of each section sends readers instead: the section's list, or the home page. */
export const GONE_SECTIONS: Record<string, { list: string; label: string }> = {
  ...Object.fromEntries(SECTION_PATHS.map((list) => [list.slice(1), { list, label: LABELS[list] }])),
  site: { list: '/', label: '首页' },
}

/** The section of a retired address: /policies/xyz → policies; anything else → site. */
export function goneSectionOf(pathname: string): string {
  const first = pathname.split('/')[1] ?? ''
  return Object.hasOwn(GONE_SECTIONS, first) ? first : 'site'
}
