import { Button } from '@payloadcms/ui'
import type { BeforeListTableServerProps } from 'payload'
import { dueSoonWhere, overdueWhere } from '@/features/feedback/server/feedback-deadlines'
import { readReplyLimits } from '@/features/feedback/server/feedback-settings'

/** Above the messages list: how many are overdue and due soon, with a way to the list of them. */
export async function FeedbackDeadlinesLink({ payload, user }: BeforeListTableServerProps) {
  const now = new Date()
  const { dueSoonWorkingDays } = await readReplyLimits(payload)
  const count = (where: ReturnType<typeof overdueWhere>) =>
    payload.count({ collection: 'feedback', where, overrideAccess: false, user: user as never }).then((r) => r.totalDocs)
  const [overdue, dueSoon] = await Promise.all([count(overdueWhere(now)), count(dueSoonWhere(now, dueSoonWorkingDays))])
  return (
    <div style={{ margin: '0 0 1rem', display: 'flex', alignItems: 'center', gap: '1rem', flexWrap: 'wrap' }}>
      <Button buttonStyle={overdue > 0 ? 'primary' : 'secondary'} el="link" size="small" to={`${payload.config.routes.admin}/feedback-deadlines`}>
        办理时限
      </Button>
      <span>
        已超期 <strong>{overdue}</strong> 条，临近到期 <strong>{dueSoon}</strong> 条
      </span>
    </div>
  )
}
