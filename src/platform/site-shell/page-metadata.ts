import type { Metadata } from 'next'
import { monitoringMeta, type MonitoringArticle, type MonitoringColumn } from './rules/monitoring-meta'
import { readerScriptOf } from './reader-script'
import { SECTIONS } from './sections'
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
  /** The monitoring tags' column; `section` names it by its key in SECTIONS instead. */
  column?: MonitoringColumn
  section?: string
  article?: MonitoringArticle
  /** Extra alternates, e.g. { 'application/atom+xml': '/feeds/outreach.xml' }. */
  types?: Record<string, string>
  image?: string | null
  /**
   * Links out do not tell the other site which page the reader came from (sensitive topics):
   * `same-origin`, since `no-referrer` would make the page's own forms post with "Origin: null".
   */
  noReferrer?: boolean
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
  const named = input.column ?? (input.section ? columnOf(input.section) : undefined)
  const column = named ? { name: t(named.name), type: t(named.type) } : undefined
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
    ...(input.noReferrer ? { referrer: 'same-origin' as const } : {}),
  }
}

function sectionOf(key: string) {
  const section = SECTIONS.find((candidate) => candidate.key === key)
  if (!section) throw new Error(`No section '${key}' in SECTIONS`)
  return section
}

/** A section is its own column, of its own type. */
function columnOf(key: string): MonitoringColumn {
  const { label } = sectionOf(key)
  return { name: label, type: label }
}

/** A page's generateMetadata when its metadata changes only with the reader's script. */
export function fixedPageMetadata(input: Omit<PageMetadataInput, 'script'>) {
  return async ({ params }: { params: Promise<{ script: string }> }): Promise<Metadata> =>
    pageMetadata({ ...input, script: (await params).script })
}

/** The generateMetadata of a section's landing page: its name, address and column from SECTIONS. */
export function sectionPageMetadata(key: string, input: Pick<PageMetadataInput, 'description' | 'types'>) {
  const section = sectionOf(key)
  return fixedPageMetadata({ ...input, title: section.label, path: section.href, section: key })
}
