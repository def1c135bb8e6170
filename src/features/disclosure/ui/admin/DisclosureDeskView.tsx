import type { AdminViewServerProps } from 'payload'
import { applicantTypeLabel, applicationStatusLabel, DESK_QUEUES, deskQueueLabel, isDeskQueue, workingDaysLeft } from '@/features/disclosure/rules'
import { deskCounts, deskRows } from '@/features/disclosure/server/desk-queues'
import { DeskNotice } from '@/features/feedback'
import { hasRole } from '@/platform/access/roles'
import { AdminViewShell } from '@/platform/admin/ui/AdminViewShell'
import { formatDay } from '@/platform/site-shell/format-date'
import { applicationDeskPath, deskListPath } from './desk-paths'
import './disclosure-desk.css'

const param = (value: unknown) => (typeof value === 'string' ? value : Array.isArray(value) ? String(value[0]) : '')

/** Admin view /admin/disclosure-desk: the queues of applications with counts, the clock of each. */
export async function DisclosureDeskView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const shell = { initPageResult, params, searchParams, nav: [{ label: '依申请公开', url: `${adminRoute}/collections/disclosure-applications` }, { label: '办理台' }], title: '依申请公开办理台' }
  if (!req.user || !hasRole(req.user, 'admin', 'handler')) {
    return (
      <AdminViewShell {...shell}>
        <p role="status">只有办理员和管理员可以使用依申请公开办理台。</p>
      </AdminViewShell>
    )
  }
  const queue = isDeskQueue(param(searchParams?.queue)) ? (param(searchParams?.queue) as Parameters<typeof deskQueueLabel>[0]) : 'open'
  const page = Math.max(1, Math.min(1000, Number.parseInt(param(searchParams?.page), 10) || 1))
  const [counts, rows] = await Promise.all([deskCounts(req.payload, req.user), deskRows(req.payload, req.user, queue, page)])
  const now = new Date()
  return (
    <AdminViewShell {...shell}>
      <p>答复期限为收到申请之日起 20 个工作日（节假日不计，调休上班日计入）；补正期间期限中止；延长须经负责人批准，最多 20 个工作日。</p>
      <DeskNotice searchParams={searchParams} />
      <nav aria-label="队列" className="disclosure-tabs">
        <ul>
          {DESK_QUEUES.map((q) => (
            <li key={q.key}>
              <a href={deskListPath(adminRoute, q.key)} className={q.key === queue ? 'disclosure-tab disclosure-tab--current' : 'disclosure-tab'} aria-current={q.key === queue ? 'page' : undefined}>
                {q.label} <strong>{counts[q.key]}</strong>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>
        {deskQueueLabel(queue)}：共 {rows.totalDocs} 件{rows.totalPages > 1 ? `，第 ${rows.page} / ${rows.totalPages} 页` : ''}
      </h2>
      <table className="disclosure-table">
        <caption>{deskQueueLabel(queue)}的申请</caption>
        <thead>
          <tr>
            <th scope="col">查询码</th>
            <th scope="col">申请人</th>
            <th scope="col">收到日期</th>
            <th scope="col">状态</th>
            <th scope="col">期限</th>
          </tr>
        </thead>
        <tbody>
          {rows.docs.map((doc) => {
            const left = doc.answerDueDay ? workingDaysLeft(doc.answerDueDay, now) : null
            const open = (doc.corrections ?? []).find((c) => !c.answeredAt)
            return (
              <tr key={doc.id}>
                <td><a href={applicationDeskPath(adminRoute, doc.id)}>{doc.trackingCode}</a></td>
                <td>{doc.applicantMasked?.name}（{applicantTypeLabel(doc.applicantType)}）</td>
                <td>{formatDay(doc.receivedAt)}</td>
                <td>{applicationStatusLabel(doc.status)}</td>
                <td className={left !== null && left < 0 ? 'disclosure-late' : undefined}>
                  {doc.answerDueDay ? `${doc.answerDueDay}（${left! < 0 ? `已超期 ${-left!} 个工作日` : `剩 ${left} 个工作日`}）` : open ? `补正期限 ${open.dueDay}` : '—'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {rows.docs.length === 0 ? <p>这个队列里没有申请。</p> : null}
      {rows.totalPages > 1 ? (
        <nav aria-label="翻页" className="disclosure-pages">
          {page > 1 ? <a href={`${deskListPath(adminRoute, queue)}&page=${page - 1}`}>上一页</a> : null}
          {page < rows.totalPages ? <a href={`${deskListPath(adminRoute, queue)}&page=${page + 1}`}>下一页</a> : null}
        </nav>
      ) : null}
    </AdminViewShell>
  )
}
