import type { Metadata } from 'next'
import { monitoringMeta, type MonitoringArticle, type MonitoringColumn } from './rules/monitoring-meta'
import { readerScriptOf } from './reader-script'
import { serverUrl } from './server-url'
import { getSiteSettings } from './site-settings'

export type PageMetadataInput = {
  /** The route's raw `script` param; text below is given in Simplified and converted here. */
  script: string
  /** Omitted on the home page, which uses the site name. */
  title?: string
  description?: string
  /** The Simplified, unprefixed path: the canonical URL for both scripts (the proxy serves both there). */
  path: string
  column?: MonitoringColumn
  article?: MonitoringArticle
  /** Extra alternates, e.g. { 'application/atom+xml': '/feeds/outreach.xml' }. */
  types?: Record<string, string>
  image?: string | null
}

/**
 * Canonical URL, Open Graph, Twitter card and the government monitoring meta tags for a page,
 * so every page states them the same way. Next replaces a parent's `other`, so the site-wide
 * monitoring tags are repeated here rather than left to the layout.
 */
export async function pageMetadata(input: PageMetadataInput): Promise<Metadata> {
  const settings = await getSiteSettings()
  const { t } = readerScriptOf(input.script)
  const siteName = t(settings.siteName)
  const title = input.title ? t(input.title) : siteName
  const description = input.description ? t(input.description) : undefined
  const url = `${serverUrl()}${input.path === '/' ? '/' : input.path}`
  const column = input.column ? { name: t(input.column.name), type: t(input.column.type) } : undefined
  const article = input.article
    ? { ...input.article, title: t(input.article.title), contentSource: input.article.contentSource ? t(input.article.contentSource) : settings.authorityName && t(settings.authorityName) }
    : undefined
  const images = input.image ? [{ url: input.image }] : undefined
  return {
    ...(input.title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: { canonical: url, ...(input.types ? { types: input.types } : {}) },
    openGraph: {
      type: article ? 'article' : 'website',
      url,
      title,
      siteName,
      locale: 'zh_CN',
      ...(description ? { description } : {}),
      ...(images ? { images } : {}),
    },
    twitter: { card: 'summary', title, ...(description ? { description } : {}), ...(images ? { images } : {}) },
    other: monitoringMeta({ siteName, siteDomain: new URL(serverUrl()).host, siteIdCode: settings.siteIdCode }, column, article),
  }
}
