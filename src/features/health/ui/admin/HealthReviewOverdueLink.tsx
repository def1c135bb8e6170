import { Button } from '@payloadcms/ui'
import type { BeforeListTableServerProps } from 'payload'
import { overdueBefore } from '@/features/health/rules/health-review'
import { reviewOverdueWhere } from '@/features/health/server/health-review-reminders'

/** Above the health pages list: how many published pages are past their review date, and a link to them. */
export async function HealthReviewOverdueLink({ payload, user }: BeforeListTableServerProps) {
  const now = new Date()
  const { totalDocs } = await payload.count({ collection: 'health-topics', where: reviewOverdueWhere(now), overrideAccess: false, user: user as never })
  const before = encodeURIComponent(overdueBefore(now).toISOString())
  const href =
    `${payload.config.routes.admin}/collections/health-topics?sort=nextReviewDueAt` +
    `&where[or][0][and][0][nextReviewDueAt][less_than]=${before}&where[or][0][and][1][_status][equals]=published`
  return (
    <div style={{ margin: '0 0 1rem', display: 'flex', alignItems: 'center', gap: '1rem', flexWrap: 'wrap' }}>
      <Button buttonStyle={totalDocs > 0 ? 'primary' : 'secondary'} el="link" size="small" to={href}>
        只看已过复核日期的页面
      </Button>
      <span>
        已过复核日期 <strong>{totalDocs}</strong> 篇（读者在这些页面上会看到“内容正在复核”的提示）
      </span>
    </div>
  )
}
