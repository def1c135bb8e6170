import { textIn, type Script } from '@/platform/site-shell/chinese-script'

type Props = { script: Script; page: number; totalPages: number; hrefFor: (page: number) => string }

/** Previous / numbered / next links; plain links, so paging works without JavaScript. */
export function Pagination({ script, page, totalPages, hrefFor }: Props) {
  const t = textIn(script)
  if (totalPages <= 1) return null
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, totalPages])]
    .filter((n) => n >= 1 && n <= totalPages)
    .sort((a, b) => a - b)
  return (
    <nav className="pagination" aria-label={t('分页')}>
      <ul className="pagination__list">
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              {t('上一页')}
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
        {page < totalPages ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              {t('下一页')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
