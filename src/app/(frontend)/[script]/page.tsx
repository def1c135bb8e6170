import type { Metadata } from 'next'
import { HotlineBox } from '@/platform/site-shell/ui/HotlineBox'
import { JsonLd } from '@/platform/site-shell/ui/JsonLd'
import { LinkList } from '@/platform/site-shell/ui/lists/LinkList'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { SectionCard, type LatestItem } from '@/platform/site-shell/ui/SectionCard'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { SECTIONS } from '@/platform/site-shell/sections'
import { formatDay } from '@/platform/site-shell/format-date'
import { latestPolicies } from '@/features/policies/server/policy-queries'
import { allGuides } from '@/features/guides/server/guide-queries'
import { allHealthTopics } from '@/features/health/server/health-queries'
import { listOutreach } from '@/features/outreach/server/outreach-queries'
import { upcomingEvents } from '@/features/events/server/event-queries'
import { HomeSearch } from '@/features/search/ui/HomeSearch'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import { governmentOrganization } from '@/platform/site-shell/rules/structured-data'
import { pageMetadata } from '@/platform/site-shell/page-metadata'
import { serverUrl } from '@/platform/site-shell/server-url'

const TASKS = [
  { href: '/stations?locate=1', label: '查找附近的服务网点' },
  { href: '/feedback', label: '我要咨询、建议或投诉' },
  { href: '/policies', label: '查阅政策文件' },
  { href: '/health', label: '了解避孕与防艾知识' },
  { href: '/floating-population', label: '流动人口服务指南' },
]

export async function generateMetadata({ params }: PublicPageProps): Promise<Metadata> {
  const { script } = await params
  const settings = await getSiteSettings()
  return pageMetadata({ script, path: '/', description: `${settings.authorityName}：政策文件、婚育新风、生殖健康与防艾知识、服务网点查询和互动交流。` })
}

export default async function HomePage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const [settings, policies, guides, outreach, events, topics] = await Promise.all([
    getSiteSettings(),
    latestPolicies(5),
    allGuides(),
    listOutreach({ page: 1 }),
    upcomingEvents(new Date(), undefined, 3),
    allHealthTopics(),
  ])
  // Every card that has content shows some of it; 婚育新风 leads with the events still to come.
  const latest: Record<string, LatestItem[]> = {
    policies: policies.map((p) => ({ href: `/policies/${p.slug}`, title: p.title, date: formatDay(p.datePublished) })),
    guides: guides.slice(0, 5).map((g) => ({ href: `/guides/${g.slug}`, title: g.title })),
    outreach: [
      ...events.map((e) => ({ href: `/events/${e.slug}`, title: `活动：${e.title}`, date: formatDay(e.startsAt) })),
      ...outreach.docs.slice(0, 5 - Math.min(events.length, 3)).map((a) => ({ href: `/outreach/${a.slug}`, title: a.title, date: formatDay(a.publishedAt) })),
    ],
    health: topics.slice(0, 5).map((h) => ({ href: `/health/${h.slug}`, title: h.title })),
  }
  const organization = governmentOrganization({
    name: t(settings.authorityName),
    url: `${serverUrl()}/`,
    address: settings.authorityAddress ? t(settings.authorityAddress) : null,
    telephone: (settings.hotlines ?? []).map((hotline) => hotline.number),
  })
  return (
    <>
      <JsonLd data={organization} />
      <section className="home-intro" aria-labelledby="home-title">
        <h1 id="home-title">{t(settings.siteName)}</h1>
        <p className="lead">
          {t('为全市居民和流动人口提供同等的政策法律服务、生殖健康和防艾知识、服务网点查询，并接受群众的咨询、建议和监督。')}
        </p>
        <HomeSearch script={script} />
        <LinkList script={script} links={TASKS} className="task-list" linkClassName="task-list__link" label="常用服务" />
      </section>
      <PageSection script={script} id="sections-title" heading="栏目">
        <div className="card-grid">
          {SECTIONS.map((section) => (
            <SectionCard key={section.key} section={section} script={script} latest={latest[section.key]} />
          ))}
        </div>
      </PageSection>
      <HotlineBox script={script} hotlines={settings.hotlines ?? []} />
    </>
  )
}
