import type { MetadataRoute } from 'next'
import { serverUrl } from '@/platform/site-shell/server-url'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/reader-settings'] }],
    sitemap: `${serverUrl()}/sitemap.xml`,
  }
}
