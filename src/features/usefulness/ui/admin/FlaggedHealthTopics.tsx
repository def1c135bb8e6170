import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { hasRole } from '@/platform/access/roles'
import { flaggedHealthTopics } from '@/features/usefulness/server/usefulness-report'

/**
 * On the dashboard beside the publishing desk: health pages many readers found unhelpful, for
 * their medical reviewer (the page's 审核人邮箱) and the reviewers and administrators who assign
 * the review. Nothing is shown when no page is flagged.
 */
export async function FlaggedHealthTopics({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user || !hasRole(user, 'admin', 'editor', 'reviewer')) return null
  const topics = await flaggedHealthTopics(payload, user)
  const mine = topics.filter((topic) => topic.reviewerEmail && topic.reviewerEmail.toLowerCase() === user.email.toLowerCase())
  const shown = hasRole(user, 'admin', 'reviewer') ? topics : mine
  if (shown.length === 0) return null
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="flagged-health-title" style={{ marginBottom: '2rem', padding: '0.75rem 1rem', borderLeft: '4px solid #b35900', background: 'var(--theme-elevation-50)' }}>
      <h2 id="flagged-health-title" style={{ margin: '0 0 0.5rem' }}>
        读者认为没有帮助的健康页面（{shown.length}）
      </h2>
      <p style={{ margin: '0 0 0.5rem' }}>请审核人结合读者的原因复核内容。</p>
      <ul style={{ margin: 0 }}>
        {shown.map((topic) => (
          <li key={topic.path}>
            <a href={`${admin}/collections/health-topics/${topic.id}`}>{topic.title}</a>：没有帮助 {topic.no} 次，有帮助 {topic.yes} 次；审核人 {topic.reviewerName || '未填写'}
            {mine.includes(topic) ? '（您负责审核）' : ''} · <a href={`${admin}/usefulness`}>查看原因</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
