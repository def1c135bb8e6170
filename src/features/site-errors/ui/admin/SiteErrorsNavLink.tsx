import type { Payload, TypedUser } from 'payload'
import { mayHandleErrorReports } from '@/features/site-errors/access/errorReportAccess'
import { errorReportCounts } from '@/features/site-errors/server/queues'

type Props = { payload: Payload; user?: TypedUser | null }

/** In the admin navigation: the way to the 网站找错 desk, with what waits and what is late. */
export async function SiteErrorsNavLink({ payload, user }: Props) {
  if (!user || !mayHandleErrorReports(user as never)) return null
  const counts = await errorReportCounts(payload, user)
  return (
    <a href={`${payload.config.routes.admin}/site-errors`} className="nav__link">
      <span className="nav__link-label">
        网站找错办理台（待处理 {counts.open} · 已超期 {counts.overdue}）
      </span>
    </a>
  )
}
