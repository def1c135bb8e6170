import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'
import { cachedForVisitors } from '@/platform/cache/visitor-data'
import { SECTIONS } from './sections'

/** Public settings for the page shell; read as an anonymous visitor, like the page itself. */
export const getSiteSettings = cache(
  cachedForVisitors('site-settings', ['site-settings'], async () => {
    const payload = await getPayload({ config })
    return payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
  }),
)

export type SiteSettingsDoc = Awaited<ReturnType<typeof getSiteSettings>>

export function navigationOf(settings: SiteSettingsDoc) {
  const custom = settings.navigation ?? []
  if (custom.length > 0) return custom.map(({ label, href }) => ({ label, href }))
  return SECTIONS.map(({ label, href }) => ({ label, href }))
}
