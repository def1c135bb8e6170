import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { hasRole } from '@/platform/access/roles'
import { DESK_QUEUE_LABELS, DESK_QUEUES, deskQueues, type DeskQueue, type QueueItem } from '@/platform/publishing/desk/queues'
import { formatBeijingMinute } from '@/platform/publishing/rules/desk'
import { pendingRecords } from '@/platform/publishing/pending-change/queue'
import { PENDING_RECORDS_LABEL, PendingRecordsPanel } from './PendingRecordsPanel'

/** The collections' names as staff know them. */
const COLLECTION_NAMES: Record<string, string> = {
  'policy-notices': '政策文件',
  'outreach-articles': '婚育新风文章',
  events: '活动',
  'health-topics': '健康知识',
  'service-stations': '服务网点',
  consultations: '征求意见',
  'open-government-pages': '政府信息公开页面',
  'open-government-reports': '政府信息公开年度报告',
}

const EMPTY: Record<DeskQueue, string> = {
  myDrafts: '没有未提交的草稿。',
  awaitingMyReview: '没有等待您审核的内容。',
  returned: '没有被退回的内容。',
  scheduled: '没有定时发布的内容。',
  unreviewed: '没有未经审核发布的页面。',
}

function detail(queue: DeskQueue, item: QueueItem): string {
  if (queue === 'awaitingMyReview') return `${item.submitter || item.author} 于 ${formatBeijingMinute(item.submittedAt)} 提交`
  if (queue === 'scheduled') return `${formatBeijingMinute(item.scheduledAt)} 发布（北京时间）`
  if (queue === 'returned') return `退回意见：${item.remark ?? ''}`
  return `最后修改：${item.author ? `${item.author}，` : ''}${formatBeijingMinute(item.updatedAt)}`
}

/**
 * The publishing desk on the dashboard: the queues of this person with their counts, each item
 * linked to its edit view (and, for reviews, to the comparison of versions). 已定时 is the
 * site-wide list of scheduled publications. Below them, the records (services, districts,
 * attachments, images) whose change or addition waits for a reviewer.
 */
export async function DeskDashboard({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user || !hasRole(user, 'admin', 'editor', 'reviewer')) return null
  const [queues, records] = await Promise.all([deskQueues(payload, user), pendingRecords(payload, user)])
  const admin = payload.config.routes.admin
  const reviewer = hasRole(user, 'reviewer', 'admin')
  const order: DeskQueue[] = reviewer ? ['awaitingMyReview', 'unreviewed', 'scheduled', 'myDrafts', 'returned'] : ['returned', 'myDrafts', 'scheduled', 'awaitingMyReview', 'unreviewed']
  const shown = order.filter((queue) => DESK_QUEUES.includes(queue) && !(queue === 'awaitingMyReview' && !reviewer))
  return (
    <section aria-labelledby="desk-dashboard-title" className="publishing-desk-dashboard" style={{ marginBottom: '2rem' }}>
      <h2 id="desk-dashboard-title" style={{ margin: '0 0 0.75rem' }}>
        审核台
      </h2>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.5rem', listStyle: 'none', margin: '0 0 1rem', padding: 0 }}>
        {shown.map((queue) => (
          <li key={queue}>
            <a href={`#desk-${queue}`}>
              {DESK_QUEUE_LABELS[queue]} <strong>{queues[queue].count}</strong>
            </a>
          </li>
        ))}
        <li>
          <a href="#desk-pendingRecords">
            {PENDING_RECORDS_LABEL} <strong>{records.count}</strong>
          </a>
        </li>
      </ul>
      {shown.map((queue) => (
        <div key={queue} id={`desk-${queue}`} style={{ marginBottom: '1rem' }}>
          <h3 style={{ margin: '0 0 0.25rem', fontSize: '1rem' }}>
            {DESK_QUEUE_LABELS[queue]}（{queues[queue].count}）
          </h3>
          {queues[queue].items.length === 0 ? (
            <p style={{ margin: 0 }}>{EMPTY[queue]}</p>
          ) : (
            <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
              {queues[queue].items.map((item) => (
                <li key={`${item.collection}:${item.id}`} style={{ marginBottom: '0.25rem' }}>
                  <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                  <span>（{COLLECTION_NAMES[item.collection] ?? item.collection}）</span> {detail(queue, item)}
                  {queue === 'awaitingMyReview' ? (
                    <>
                      {' '}
                      · <a href={`${admin}/collections/${item.collection}/${item.id}/versions`}>对比版本</a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <PendingRecordsPanel admin={admin} count={records.count} items={records.items} mayDecide={reviewer} />
    </section>
  )
}
