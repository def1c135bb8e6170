import type { Payload, TypedUser } from 'payload'
import { WORKBENCH_QUEUES } from '@/features/feedback/rules/workbench'
import { queueCounts, workbenchViewer } from '@/features/feedback/server/workbench/queues'
import { hasRole } from '@/platform/access/roles'
import { workbenchHref, workbenchPath } from './workbench-paths'
import './workbench.css'

type Props = { payload: Payload; user?: TypedUser | null }

async function countsFor({ payload, user }: Props) {
  if (!user || !hasRole(user as never, 'admin', 'handler')) return null
  return queueCounts(payload, user, await workbenchViewer(payload, user))
}

/** In the admin navigation: the way to the workbench, with what waits in the three queues that press most. */
export async function WorkbenchNavLink(props: Props) {
  const counts = await countsFor(props)
  if (!counts) return null
  return (
    <a href={workbenchPath(props.payload.config.routes.admin)} className="nav__link workbench-nav">
      <span className="nav__link-label">
        留言办理台（待受理 {counts.unassigned} · 我的 {counts.mine} · 已超期 {counts.overdue}）
      </span>
    </a>
  )
}

/** On the dashboard: every queue with its count, each a link into the workbench. */
export async function WorkbenchDashboardCounts(props: Props) {
  const counts = await countsFor(props)
  if (!counts) return null
  const adminRoute = props.payload.config.routes.admin
  return (
    <section aria-labelledby="workbench-dashboard" style={{ marginBottom: '2rem' }}>
      <h2 id="workbench-dashboard">留言办理台</h2>
      <ul className="workbench-tabs" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', listStyle: 'none', padding: 0 }}>
        {WORKBENCH_QUEUES.map((queue) => (
          <li key={queue.key}>
            <a className="workbench-tab" href={workbenchHref(adminRoute, { queue: queue.key })}>
              {queue.label} <span className="workbench-count">{counts[queue.key]}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
