import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { NUMBERED_PAGES } from '@/platform/content/rules/list-paging'

type Props = {
  script: Script
  /** The numbered page shown, or null on a keyset page (reached by 较早 / 较新). */
  page: number | null
  totalPages: number
  hrefFor: (page: number) => string
  /** Keyset links past the numbered pages; without them every page is numbered. */
  older?: string | null
  newer?: string | null
}

/**
 * Previous / numbered / next links; plain links, so paging works without JavaScript. A list with
 * keyset links numbers its first NUMBERED_PAGES pages and goes on with 较早 (and back with 较新).
 */
export function Pagination({ script, page, totalPages, hrefFor, older, newer }: Props) {
  const t = textIn(script)
  if (totalPages <= 1) return null
  const keyset = older !== undefined || newer !== undefined
  const numbered = keyset ? Math.min(totalPages, NUMBERED_PAGES) : totalPages
  const around = page ? [page - 2, page - 1, page, page + 1, page + 2] : []
  const pages = [...new Set(keyset ? [...Array.from({ length: numbered }, (_, i) => i + 1), ...(page ? [page] : [])] : [1, ...around, totalPages])]
    .filter((n) => n >= 1 && n <= totalPages)
    .sort((a, b) => a - b)
  const previous = page ? (page > 1 ? { href: hrefFor(page - 1), label: '上一页' } : null) : newer ? { href: newer, label: '较新' } : null
  const next = page && page < numbered ? { href: hrefFor(page + 1), label: '下一页' } : keyset && older ? { href: older, label: '较早' } : null
  return (
    <nav className="pagination" aria-label={t('分页')}>
      <ul className="pagination__list">
        {previous ? (
          <li>
            <a href={previous.href} rel="prev">
              {t(previous.label)}
            </a>
          </li>
        ) : null}
        {pages.map((n, i) => (
          <li key={n}>
            {i > 0 && n - pages[i - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page" className="pagination__current">
                {n}
              </span>
            ) : (
              <a href={hrefFor(n)} aria-label={t(`第 ${n} 页`)}>
                {n}
              </a>
            )}
          </li>
        ))}
        {next ? (
          <li>
            <a href={next.href} rel="next">
              {t(next.label)}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
