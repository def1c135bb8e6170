import { listPublishedReports } from '@/features/annual-reports/server/report-queries'
import { allGuides } from '@/features/guides/server/guide-queries'
import { allHealthTopics } from '@/features/health/server/health-queries'
import { POLICY_TOPICS } from '@/features/policies/rules/policy-topics'
import { fixedPageMetadata } from '@/platform/site-shell/page-metadata'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { readerScript } from '@/platform/site-shell/reader-script'
import { SECTIONS, SITE_PAGES } from '@/platform/site-shell/sections'
import { LinkList } from '@/platform/site-shell/ui/lists/LinkList'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { SiteMapSections } from '@/platform/site-shell/ui/lists/SiteMapSections'

export const generateMetadata = fixedPageMetadata({ title: '网站地图', description: '本网站的全部栏目和页面。', path: '/site-map' })

/**
 * 网站地图 for readers (/sitemap.xml is the one for search engines): the sections of SECTIONS in
 * navigation order, each with its pages; large sections (notices, articles, stations) by their lists.
 */
export default async function SiteMapPage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const [guides, topics, reports] = await Promise.all([allGuides(), allHealthTopics(), listPublishedReports()])
  const contentPages = {
    guides: guides.map((guide) => ({ href: `/guides/${guide.slug}`, label: guide.title })),
    health: topics.map((topic) => ({ href: `/health/${topic.slug}`, label: topic.title })),
    'open-government': reports.map((report) => ({ href: `/open-government/annual-reports/${report.slug}`, label: report.title ?? '' })),
  }
  const moreLinks = {
    policies: POLICY_TOPICS.map((topic) => ({ href: `/policies?topic=${topic.value}`, label: `${topic.label}类文件` })),
  }
  return (
    <div className="prose site-map">
      <h1>{t('网站地图')}</h1>
      <p className="lead">{t('本网站的全部栏目和主要页面。也可以使用')} <a href="/search">{t('站内搜索')}</a>{t('。')}</p>
      <p>
        <a href="/">{t('首页')}</a>
      </p>
      <SiteMapSections script={script} sections={SECTIONS} contentPages={contentPages} moreLinks={moreLinks} />
      <PageSection script={script} id="map-site" heading="关于本站">
        <LinkList script={script} links={SITE_PAGES.filter((page) => page.href !== '/site-map')} className="site-map__pages" linkClassName="" />
      </PageSection>
    </div>
  )
}
