import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { Pagination } from '@/platform/site-shell/ui/Pagination'

type Page = { totalDocs: number; page?: number; totalPages: number }

type Props = { script: Script; summary: string; result: Page; hrefFor: (page: number) => string; children: ReactNode }

/**
 * One page of a filtered list: the count (announced to screen readers when it changes, e.g.
 * `summary` 共 12 篇 in Simplified, then which page), the list or what to do when it is empty,
 * and the paging links. A page past the last one (`?page=999`) is not found rather than an empty
 * "第 999 / 1 页". `#results` addresses the count, where a re-sorted list brings the reader back.
 */
export function ListResults({ script, summary, result, hrefFor, children }: Props) {
  const t = textIn(script)
  if ((result.page ?? 1) > Math.max(result.totalPages, 1)) notFound()
  return (
    <>
      <p className="result-count" role="status" id="results" tabIndex={-1}>
        {t(summary)}
        {result.totalDocs > 0 ? t(`，第 ${result.page} / ${result.totalPages} 页`) : ''}
      </p>
      {children}
      <Pagination script={script} page={result.page ?? 1} totalPages={result.totalPages} hrefFor={hrefFor} />
    </>
  )
}
