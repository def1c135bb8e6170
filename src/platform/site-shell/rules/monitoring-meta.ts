/**
 * The meta tags government website monitoring reads (DOMAIN.md): SiteName, SiteDomain,
 * SiteIDCode on every page; ColumnName and ColumnType on section and article pages;
 * ArticleTitle, PubDate (YYYY-MM-DD HH:MM, Beijing time) and ContentSource on article pages.
 * Tags without a value are left out rather than written empty.
 */
export type MonitoringSite = { siteName: string; siteDomain: string; siteIdCode?: string | null }
export type MonitoringColumn = { name: string; type: string }
export type MonitoringArticle = { title: string; publishedAt?: string | Date | null; contentSource?: string | null }

/** 2004-01-14 09:30 in Beijing time; '' for a missing or invalid date. */
export function monitoringPubDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
}

export function monitoringMeta(site: MonitoringSite, column?: MonitoringColumn, article?: MonitoringArticle): Record<string, string> {
  const tags: [string, string | null | undefined][] = [
    ['SiteName', site.siteName],
    ['SiteDomain', site.siteDomain],
    ['SiteIDCode', site.siteIdCode],
    ['ColumnName', column?.name],
    ['ColumnType', column?.type],
    ['ArticleTitle', article?.title],
    ['PubDate', article ? monitoringPubDate(article.publishedAt) : undefined],
    ['ContentSource', article?.contentSource],
  ]
  return Object.fromEntries(tags.filter((tag): tag is [string, string] => typeof tag[1] === 'string' && tag[1].trim() !== '').map(([k, v]) => [k, v.trim()]))
}
