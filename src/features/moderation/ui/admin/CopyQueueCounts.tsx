import { Link } from '@payloadcms/ui'
import type { BeforeListTableServerProps } from 'payload'
import { COPY_STATUSES, COPY_STATUS_LABELS, type CopyStatus } from '@/features/moderation/rules'
import { hasRole } from '@/platform/access/roles'

// The list's own filter format (or → and → condition), so its filter controls show the choice.
const STATUS_FILTER = 'where[or][0][and][0][status][equals]'

/** The queue a user works from comes first: reviewers approve what is submitted, handlers write drafts. */
function ordered(user: BeforeListTableServerProps['user']): CopyStatus[] {
  const first: CopyStatus | null = hasRole(user, 'reviewer', 'admin') ? 'submitted' : hasRole(user, 'handler') ? 'drafting' : null
  return first ? [first, ...COPY_STATUSES.filter((status) => status !== first)] : [...COPY_STATUSES]
}

/**
 * Above the list of public copies: how many stand at each step, each a link that filters the list
 * to them.
 */
export async function CopyQueueCounts({ payload, user, searchParams }: BeforeListTableServerProps) {
  const statuses = ordered(user)
  const counts = await Promise.all(
    statuses.map((status) =>
      payload
        .count({ collection: 'moderated-copies', where: { status: { equals: status } }, overrideAccess: false, user: user as never })
        .then((result) => result.totalDocs),
    ),
  )
  const list = `${payload.config.routes.admin}/collections/moderated-copies`
  return (
    <nav aria-label="按状态查看公开版本" style={{ margin: '0 0 1rem' }}>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0', listStyle: 'none', margin: 0, padding: 0 }}>
        {statuses.map((status, i) => {
          const here = searchParams?.[STATUS_FILTER] === status
          return (
            <li key={status}>
              {i > 0 ? <span aria-hidden="true"> · </span> : null}
              <Link href={`${list}?${STATUS_FILTER}=${status}`} aria-current={here ? 'page' : undefined} style={{ fontWeight: here ? 700 : undefined }}>
                {COPY_STATUS_LABELS[status]} <strong>{counts[i]}</strong>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
