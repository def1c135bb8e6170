import type { AdminViewServerProps } from 'payload'
import { describeDueAt } from '@/features/feedback/rules/handling'
import { deadlineLists } from '@/features/feedback/server/feedback-deadlines'
import { statusLabel } from '@/features/feedback/rules/handling'
import { readReplyLimits } from '@/features/feedback/server/feedback-settings'
import { AdminViewShell } from '@/platform/admin/ui/AdminViewShell'

type Row = { id: string | number; trackingCode: string; subject: string; status: string; dueAt?: string | null; assignedTo?: unknown; department?: unknown }

const nameOf = (value: unknown, field: 'name' | 'email') =>
  value && typeof value === 'object' && field in value ? String((value as Record<string, unknown>)[field]) : '未指定'

/** Admin view /admin/feedback-deadlines: overdue and due-soon messages, most urgent first. */
export async function FeedbackDeadlinesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { permissions, req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const canHandle = permissions.collections?.feedback?.read === true
  const now = new Date()
  const limits = canHandle ? await readReplyLimits(req.payload) : null
  const lists = limits ? await deadlineLists(req.payload, req.user, now, limits.dueSoonWorkingDays) : null

  const table = (caption: string, rows: Row[], total: number) => (
    <section style={{ marginBottom: '2rem' }}>
      <h2>
        {caption}（{total} 条）
      </h2>
      {rows.length === 0 ? (
        <p>没有。</p>
      ) : (
        <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col">查询码</th>
              <th scope="col">标题</th>
              <th scope="col">状态</th>
              <th scope="col">时限</th>
              <th scope="col">承办部门</th>
              <th scope="col">承办人</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <a href={`${adminRoute}/collections/feedback/${row.id}`}>{row.trackingCode}</a>
                </td>
                <td>{row.subject}</td>
                <td>{statusLabel(row.status)}</td>
                <td>{row.dueAt ? describeDueAt(new Date(row.dueAt), now).text : ''}</td>
                <td>{nameOf(row.department, 'name')}</td>
                <td>{nameOf(row.assignedTo, 'email')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )

  return (
    <AdminViewShell initPageResult={initPageResult} params={params} searchParams={searchParams} nav={[{ label: '群众留言', url: `${adminRoute}/collections/feedback` }, { label: '办理时限' }]} title="办理时限">
      {lists ? (
        <>
          <p>按法定工作日计算（节假日不计，调休上班日计入）。未受理的留言按受理时限，已受理的按答复时限。</p>
          {table('已超期', lists.overdue.docs as Row[], lists.overdue.totalDocs)}
          {table('临近到期', lists.dueSoon.docs as Row[], lists.dueSoon.totalDocs)}
        </>
      ) : (
        <p role="status">只有留言办理员和管理员可以查看。</p>
      )}
    </AdminViewShell>
  )
}
