import { atomFeed } from '@/platform/feeds/rules/atom-feed'
import { latestPolicies } from '@/features/policies/server/policy-queries'
import { serverUrl } from '@/platform/site-shell/server-url'
import { getSiteSettings } from '@/platform/site-shell/site-settings'

// Cached like a page; publishing a notice refreshes it (revalidatePath in the collection's hook).
export const dynamic = 'force-static'
export const revalidate = 3600

export async function GET() {
  const [settings, policies] = await Promise.all([getSiteSettings(), latestPolicies(30)])
  const base = serverUrl()
  const updated = policies[0]?.datePublished ?? new Date(0).toISOString()
  const xml = atomFeed({
    id: `${base}/policies`,
    title: `${settings.siteName} - 政策文件`,
    url: `${base}/policies`,
    selfUrl: `${base}/feeds/policies.xml`,
    updated: new Date(updated).toISOString(),
    author: settings.authorityName,
    entries: policies.map((policy) => ({
      id: `${base}/policies/${policy.slug}`,
      title: policy.documentNumber ? `${policy.title}（${policy.documentNumber}）` : policy.title,
      url: `${base}/policies/${policy.slug}`,
      updated: new Date(policy.datePublished ?? updated).toISOString(),
      published: policy.datePublished ? new Date(policy.datePublished).toISOString() : undefined,
      author: policy.issuingAuthority ?? undefined,
    })),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
