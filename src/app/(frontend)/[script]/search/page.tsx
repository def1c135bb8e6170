import type { Metadata } from 'next'
import { Pagination } from '@/platform/site-shell/ui/Pagination'
import { Highlighted } from '@/features/search/ui/Highlighted'
import { DidYouMean } from '@/features/search/ui/DidYouMean'
import { NoResults } from '@/features/search/ui/NoResults'
import { SearchForm } from '@/features/search/ui/SearchForm'
import { SEARCH_TYPES, countLabel, isSearchType, type SearchType } from '@/features/search/rules'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { formatDay } from '@/platform/site-shell/format-date'
import { searchSite } from '@/features/search/server/query'
import { getSiteSettings } from '@/platform/site-shell/site-settings'

// Result pages are not for search engines; the pages they lead to are.
export const metadata: Metadata = { title: '站内搜索', robots: { index: false, follow: true } }

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '')
const typeLabel = (value: string) => SEARCH_TYPES.find((type) => type.value === value)?.label ?? ''

export default async function SearchPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const query = await searchParams
  const q = one(query.q).slice(0, 100)
  const type: SearchType | '' = isSearchType(one(query.type)) ? (one(query.type) as SearchType) : ''
  const page = Number.parseInt(one(query.page), 10) || 1
  const [result, settings] = await Promise.all([searchSite(q, { type, page }), getSiteSettings()])
  const href = (changes: { type?: string; page?: number }) => {
    const next = { q, type: changes.type ?? type, page: changes.page && changes.page > 1 ? String(changes.page) : '' }
    return `/search?${new URLSearchParams(Object.entries(next).filter(([, value]) => value))}`
  }
  const allCount = Object.values(result.countsByType).reduce((sum, n) => sum + n, 0)
  // A broad query's sections are counted up to a cap ("400 条以上"), not to the last page.
  const allCapped = Object.values(result.countsCapped).some(Boolean)
  const allLabel = countLabel(allCount, allCapped)
  const sectionLabel = (value: SearchType) => countLabel(result.countsByType[value], result.countsCapped[value])
  // Found: the ranked pages, or, past the cap, the section's (or every section's) count.
  const [found, foundCapped] = !result.capped ? [result.total, false] : type ? [result.countsByType[type], result.countsCapped[type]] : [allCount, allCapped]
  return (
    <div className="prose">
      <h1>{t('站内搜索')}</h1>
      <SearchForm script={script} query={q} type={type} />
      {q && allCount > 0 ? (
        <nav aria-label={t('按栏目筛选结果')}>
          <ul className="tag-list">
            <li>{type ? <a href={href({ type: '' })}>{t(`全部（${allLabel}）`)}</a> : <strong aria-current="true">{t(`全部（${allLabel}）`)}</strong>}</li>
            {SEARCH_TYPES.filter((option) => result.countsByType[option.value] > 0).map((option) => (
              <li key={option.value}>
                {type === option.value ? (
                  <strong aria-current="true">{t(`${option.label}（${sectionLabel(option.value)}）`)}</strong>
                ) : (
                  <a href={href({ type: option.value })}>{t(`${option.label}（${sectionLabel(option.value)}）`)}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {q ? (
        <p role="status">
          {t(`“${q}”共找到 ${found} 条${foundCapped ? '以上' : ''}结果`)}
          {result.capped ? t('（结果较多，请换用更具体的词）') : ''}
        </p>
      ) : null}
      {result.alsoSearched.length > 0 ? (
        <p className="search-also">
          {t(`已同时搜索网站上的说法：${result.alsoSearched.map(({ typed, means }) => `“${means}”（对应“${typed}”）`).join('、')}`)}
        </p>
      ) : null}
      <DidYouMean script={script} suggestions={result.suggestions} />
      {result.hits.length === 0 ? (
        <NoResults script={script} query={q} hotlines={settings.hotlines ?? []} />
      ) : (
        <ol className="search-results">
          {result.hits.map((hit) => (
            <li key={hit.id}>
              <h2 className="search-results__title">
                <span className="tag">{t(typeLabel(hit.type))}</span>{' '}
                <a href={hit.url}>
                  <Highlighted text={t(hit.title)} query={t(hit.reading)} />
                </a>
              </h2>
              <p>
                <Highlighted text={t(hit.excerpt)} query={t(hit.reading)} />
              </p>
              {hit.publishedAt ? <p className="reply__meta">{formatDay(hit.publishedAt)}</p> : null}
            </li>
          ))}
        </ol>
      )}
      <Pagination script={script} page={result.page} totalPages={result.totalPages} hrefFor={(n) => href({ page: n })} />
    </div>
  )
}
