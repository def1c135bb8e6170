import type { MetadataRoute } from 'next'
import { publishedPolicySlugs } from '@/lib/policy-queries'
import { SECTIONS } from '@/lib/sections'
import { serverUrl } from '@/lib/server-url'

export const revalidate = 3600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = serverUrl()
  const policies = await publishedPolicySlugs(45_000)
  return [
    { url: `${base}/`, changeFrequency: 'daily', priority: 1 },
    ...SECTIONS.map((section) => ({ url: `${base}${section.href}`, changeFrequency: 'daily' as const, priority: 0.8 })),
    ...policies.map((policy) => ({
      url: `${base}/policies/${policy.slug}`,
      lastModified: policy.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.6,
    })),
  ]
}
