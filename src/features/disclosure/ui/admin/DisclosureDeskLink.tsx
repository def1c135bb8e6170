import type { Payload, TypedUser } from 'payload'
import { deskCounts } from '@/features/disclosure/server/desk-queues'
import { hasRole } from '@/platform/access/roles'
import { deskListPath } from './desk-paths'

type Props = { payload: Payload; user?: TypedUser | null }

/** In the navigation and above the list: the way to the desk, with what presses. */
export async function DisclosureDeskLink({ payload, user }: Props) {
  if (!user || !hasRole(user as never, 'admin', 'handler')) return null
  const counts = await deskCounts(payload, user)
  return (
    <a href={deskListPath(payload.config.routes.admin)} className="nav__link">
      <span className="nav__link-label">
        依申请公开办理台（办理中 {counts.open} · 待补正 {counts.correction} · 已超期 {counts.overdue}）
      </span>
    </a>
  )
}
