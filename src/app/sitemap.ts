import type { MetadataRoute } from 'next'
import { listPublishedReports } from '@/features/annual-reports/server/report-queries'
import { publishedPolicySlugs } from '@/features/policies/server/policy-queries'
import { publishedEventSlugs } from '@/features/events/server/event-queries'
import { publishedHealthSlugs } from '@/features/health/server/health-queries'
import { publishedGuideSlugs } from '@/features/guides/server/guide-queries'
import { publishedOutreachSlugs } from '@/features/outreach/server/outreach-queries'
import { publishedConsultationSlugs } from '@/features/consultations/server/consultation-queries'
import { SECTIONS } from '@/platform/site-shell/sections'
import { publishedStationKeys } from '@/features/stations/server/station-queries'
import { serverUrl } from '@/platform/site-shell/server-url'

export const revalidate = 3600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = serverUrl()
  const [policies, stations] = await Promise.all([publishedPolicySlugs(45_000), publishedStationKeys(5_000)])
  const [outreach, events, health, guides, consultations, reports] = await Promise.all([
    publishedOutreachSlugs(5_000),
    publishedEventSlugs(5_000),
    publishedHealthSlugs(1_000),
    publishedGuideSlugs(1_000),
    publishedConsultationSlugs(1_000),
    listPublishedReports(),
  ])
  const pages = (prefix: string, docs: { slug?: string | null; updatedAt: string }[]) =>
    docs.map((doc) => ({ url: `${base}${prefix}/${doc.slug}`, lastModified: doc.updatedAt, changeFrequency: 'monthly' as const, priority: 0.5 }))
  return [
    { url: `${base}/`, changeFrequency: 'daily', priority: 1 },
    ...SECTIONS.map((section) => ({ url: `${base}${section.href}`, changeFrequency: 'daily' as const, priority: 0.8 })),
    ...policies.map((policy) => ({
      url: `${base}/policies/${policy.slug}`,
      lastModified: policy.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.6,
    })),
    { url: `${base}/events`, changeFrequency: 'daily' as const, priority: 0.7 },
    { url: `${base}/floating-population`, changeFrequency: 'weekly' as const, priority: 0.7 },
    { url: `${base}/feedback/replies`, changeFrequency: 'daily' as const, priority: 0.6 },
    { url: `${base}/open-government/guide`, changeFrequency: 'monthly' as const, priority: 0.6 },
    { url: `${base}/open-government/annual-reports`, changeFrequency: 'monthly' as const, priority: 0.5 },
    { url: `${base}/site-map`, changeFrequency: 'weekly' as const, priority: 0.3 },
    { url: `${base}/accessibility`, changeFrequency: 'yearly' as const, priority: 0.2 },
    ...pages('/outreach', outreach),
    ...pages('/events', events),
    ...pages('/health', health),
    ...pages('/guides', guides),
    ...pages('/consultations', consultations),
    ...pages('/open-government/annual-reports', reports),
    ...stations.map((station) => ({
      url: `${base}/stations/${station.key}`,
      lastModified: station.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.5,
    })),
  ]
}
