import type { AdminViewServerProps } from 'payload'
import { mayHandleErrorReports } from '@/features/site-errors/access/errorReportAccess'
import { ERROR_REPORT_QUEUES, ERROR_REPORT_WORKING_DAYS, isErrorReportQueue, type ErrorReportQueue } from '@/features/site-errors/rules'
import { errorReportById, errorReportCounts, errorReportRows } from '@/features/site-errors/server/queues'
import { AdminViewShell } from '@/platform/admin/ui/AdminViewShell'
import { ErrorReportDesk } from './ErrorReportDesk'
import { ErrorReportQueueTable } from './ErrorReportQueueTable'
import './error-desk.css'

const first = (value: unknown) => (typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '')

/** Admin view /admin/site-errors: the 网站找错 queues with counts, and one report's legal next steps. */
export async function SiteErrorsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const base = `${req.payload.config.routes.admin}/site-errors`
  const shell = { initPageResult, params, searchParams, nav: [{ label: '网站找错', url: `${req.payload.config.routes.admin}/collections/site-error-reports` }, { label: '网站找错办理台' }], title: '网站找错办理台' }
  if (!mayHandleErrorReports(req.user)) {
    return (
      <AdminViewShell {...shell}>
        <p role="status">只有网站编辑、留言办理员和管理员可以使用网站找错办理台。</p>
      </AdminViewShell>
    )
  }
  const queueParam = first(searchParams?.queue)
  const queue: ErrorReportQueue = isErrorReportQueue(queueParam) ? queueParam : 'open'
  const page = Math.max(1, Math.min(1000, Number.parseInt(first(searchParams?.page), 10) || 1))
  const id = first(searchParams?.id)
  const done = first(searchParams?.done).slice(0, 300)
  const refused = first(searchParams?.refused).slice(0, 300)
  const queueHref = (key: ErrorReportQueue, p = 1) => `${base}?queue=${key}${p > 1 ? `&page=${p}` : ''}`
  const [counts, report] = await Promise.all([errorReportCounts(req.payload, req.user), id ? errorReportById(req.payload, req.user, id) : null])
  const rows = report ? null : await errorReportRows(req.payload, req.user, queue, page)
  const label = ERROR_REPORT_QUEUES.find((entry) => entry.key === queue)?.label ?? ''
  return (
    <AdminViewShell {...shell}>
      <p>群众在页面底部“网站找错”报告的问题，收到后 {ERROR_REPORT_WORKING_DAYS} 个工作日内核实处理并答复（按法定工作日计算，节假日不计，调休上班日计入）。</p>
      {refused ? <p role="alert" className="error-desk__notice error-desk__notice--refused">未能办理：{refused}</p> : null}
      {done ? <p role="status" className="error-desk__notice">{done}</p> : null}
      <nav aria-label="网站找错队列" className="error-desk__tabs">
        <ul>
          {ERROR_REPORT_QUEUES.map((entry) => (
            <li key={entry.key}>
              <a href={queueHref(entry.key)} title={entry.hint} className="error-desk__tab" aria-current={!report && entry.key === queue ? 'page' : undefined}>
                {entry.label} <span className="error-desk__count">{counts[entry.key]}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {id && !report ? <p role="alert">找不到这份报告，或您无权查看。</p> : null}
      {report ? <ErrorReportDesk report={report} returnTo={`${base}?id=${report.id}`} backTo={queueHref(queue)} /> : null}
      {rows ? (
        <section aria-labelledby="error-queue-title">
          <h2 id="error-queue-title">
            {label}：共 {rows.totalDocs} 份{rows.totalPages > 1 ? `，第 ${rows.page} / ${rows.totalPages} 页` : ''}
          </h2>
          <ErrorReportQueueTable rows={rows.docs} hrefOf={(rowId) => `${base}?queue=${queue}&id=${rowId}`} caption={`${label}的报告`} />
          {rows.totalPages > 1 ? (
            <nav aria-label="翻页">
              {rows.hasPrevPage ? <a href={queueHref(queue, page - 1)}>上一页</a> : null} {rows.hasNextPage ? <a href={queueHref(queue, page + 1)}>下一页</a> : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </AdminViewShell>
  )
}
