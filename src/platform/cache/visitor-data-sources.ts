/**
 * The collections and globals whose published content public pages read through
 * `cachedForVisitors`: payload.config.ts gives each of them the hooks that expire its tag, and a
 * cached loader may only name these (a new source is added here, or its cache would never expire).
 */
export const VISITOR_DATA_SOURCES = [
  'policy-notices',
  'policy-documents',
  'outreach-articles',
  'events',
  'health-topics',
  'service-guides',
  'service-stations',
  'districts',
  'services',
  'media',
  'published-replies',
  'site-settings',
  'feedback-settings',
] as const

export type VisitorDataSource = (typeof VISITOR_DATA_SOURCES)[number]

export const isVisitorDataSource = (slug: string): slug is VisitorDataSource => (VISITOR_DATA_SOURCES as readonly string[]).includes(slug)
