import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { Pagination } from '@/platform/site-shell/ui/Pagination'

type Page = { docs?: unknown[]; totalDocs: number; page?: number | null; totalPages: number; older?: string | null; newer?: string | null }

type Props = {
  script: Script
  summary: string
  result: Page
  hrefFor: (page: number) => string
  /** For a list paged by keyset past its first pages (findListPage): the address of `?older=` / `?newer=`. */
  cursorHref?: (direction: 'older' | 'newer', cursor: string) => string
  children: ReactNode
}

/**
 * One page of a filtered list: the count (announced to screen readers when it changes, e.g.
 * `summary` 共 12 篇 in Simplified, then which page), the list or what to do when it is empty,
 * and the paging links. A page past the last one (`?page=999`) is not found rather than an empty
 * "第 999 / 1 页", and so is a keyset page with nothing left to show. `#results` addresses the count,
 * where a re-sorted list brings the reader back.
 */
export function ListResults({ script, summary, result, hrefFor, cursorHref, children }: Props) {
  const t = textIn(script)
  if (result.page === null ? !result.docs?.length : (result.page ?? 1) > Math.max(result.totalPages, 1)) notFound()
  const keyset = cursorHref
    ? {
        older: result.older ? cursorHref('older', result.older) : null,
        newer: result.newer ? cursorHref('newer', result.newer) : null,
      }
    : {}
  return (
    <>
      <p className="result-count" role="status" id="results" tabIndex={-1}>
        {t(summary)}
        {result.totalDocs > 0 && result.page !== null ? t(`，第 ${result.page ?? 1} / ${result.totalPages} 页`) : ''}
      </p>
      {children}
      <Pagination script={script} page={result.page === null ? null : (result.page ?? 1)} totalPages={result.totalPages} hrefFor={hrefFor} {...keyset} />
    </>
  )
}
