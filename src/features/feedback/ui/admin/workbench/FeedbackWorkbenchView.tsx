import type { AdminViewServerProps } from 'payload'
import { parseWorkbenchFilters, queueLabel } from '@/features/feedback/rules/workbench'
import { loadWorkbench } from '@/features/feedback/server/workbench/queues'
import { AdminViewShell } from '@/platform/admin/ui/AdminViewShell'
import { hasRole } from '@/platform/access/roles'
import { DeskNotice } from './DeskNotice'
import { QueueTable } from './QueueTable'
import { QueueTabs } from './QueueTabs'
import { WorkbenchFilterForm } from './WorkbenchFilterForm'
import { workbenchHref } from './workbench-paths'
import './workbench.css'

/** Admin view /admin/feedback-workbench: the handler's queues with counts, filters and 派单. */
export async function FeedbackWorkbenchView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const shell = { initPageResult, params, searchParams, nav: [{ label: '群众留言', url: `${adminRoute}/collections/feedback` }, { label: '留言办理台' }], title: '留言办理台' }
  if (!hasRole(req.user, 'admin', 'handler')) {
    return (
      <AdminViewShell {...shell}>
        <p role="status">只有留言办理员和管理员可以使用留言办理台。</p>
      </AdminViewShell>
    )
  }
  const filters = parseWorkbenchFilters(searchParams ?? {})
  const { counts, page, directory } = await loadWorkbench(req.payload, req.user, filters)
  const keep = { queue: filters.queue, kind: filters.kind, department: filters.department, handler: filters.handler, status: filters.status, sort: filters.sort === 'newest' ? 'newest' : undefined }
  const returnTo = workbenchHref(adminRoute, { ...keep, page: filters.page > 1 ? filters.page : undefined })
  return (
    <AdminViewShell {...shell}>
      <section aria-label="队列和筛选" className="workbench-top">
        <p>时限按法定工作日计算（节假日不计，调休上班日计入）；负数表示已超期的工作日数。</p>
        <DeskNotice searchParams={searchParams} />
        <QueueTabs adminRoute={adminRoute} current={filters.queue} counts={counts} />
        <WorkbenchFilterForm adminRoute={adminRoute} filters={filters} directory={directory} />
      </section>
      <section aria-labelledby="workbench-queue-title" className="workbench-queue">
      <h2 id="workbench-queue-title" className="workbench-heading">
        {queueLabel(filters.queue)}：共 {page.totalDocs} 条{page.totalPages > 1 ? `，第 ${page.page} / ${page.totalPages} 页` : ''}
      </h2>
      <QueueTable adminRoute={adminRoute} rows={page.rows} directory={directory} returnTo={returnTo} caption={`${queueLabel(filters.queue)}的留言`} />
      {page.totalPages > 1 ? (
        <nav aria-label="翻页" className="workbench-pages">
          {page.page > 1 ? <a href={workbenchHref(adminRoute, { ...keep, page: page.page - 1 })}>上一页</a> : null}
          {page.page < page.totalPages ? <a href={workbenchHref(adminRoute, { ...keep, page: page.page + 1 })}>下一页</a> : null}
        </nav>
      ) : null}
      </section>
    </AdminViewShell>
  )
}
