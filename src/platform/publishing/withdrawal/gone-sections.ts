import { SECTIONS } from '@/platform/site-shell/sections'
import { SECTION_PATHS } from './public-address'

/** Fixed pages, then sections (a section's own name wins), by address; events are listed under 婚育新风 and named 活动 here. */
const LABELS: Record<string, string> = {
  ...Object.fromEntries(SECTIONS.flatMap((section) => (section.pages ?? []).map((page) => [page.href, page.label]))),
  ...Object.fromEntries(SECTIONS.map((section) => [section.href, section.label])),
  '/events': '活动',
}

/** A list's key in the 410 page's address (/gone/<key>): its last segment. */
const keyOf = (list: string) => list.slice(list.lastIndexOf('/') + 1)

/** Where the 410 page of each section sends readers instead: the section's list, or the home page. */
export const GONE_SECTIONS: Record<string, { list: string; label: string }> = {
  ...Object.fromEntries(SECTION_PATHS.map((list) => [keyOf(list), { list, label: LABELS[list] }])),
  site: { list: '/', label: '首页' },
}

/** The section of a retired address: /policies/xyz → policies; anything else → site. */
export function goneSectionOf(pathname: string): string {
  const list = SECTION_PATHS.find((candidate) => pathname.startsWith(`${candidate}/`))
  return list ? keyOf(list) : 'site'
}
