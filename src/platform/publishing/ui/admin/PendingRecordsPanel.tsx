import { formatBeijingMinute } from '@/platform/publishing/rules/desk'
import { PENDING_CHANGE_COLLECTIONS, type PendingRecord } from '@/platform/publishing/pending-change/queue'

export const PENDING_RECORDS_LABEL = '资料修改待审核'

function what(item: PendingRecord): string {
  if (item.state === 'new') return '新建，审核通过前不公开'
  return item.removal ? '申请删除' : '修改待生效'
}

/**
 * Services, districts, attachments and images an editor changed, added or wants removed, each
 * linked to its record, where the box in the sidebar holds the buttons (part of DeskDashboard).
 */
export function PendingRecordsPanel({ admin, count, items, mayDecide }: { admin: string; count: number; items: PendingRecord[]; mayDecide: boolean }) {
  return (
    <div id="desk-pendingRecords" style={{ marginBottom: '1rem' }}>
      <h3 style={{ margin: '0 0 0.25rem', fontSize: '1rem' }}>
        {PENDING_RECORDS_LABEL}（{count}）
      </h3>
      {items.length === 0 ? (
        <p style={{ margin: 0 }}>没有待审核的服务项目、区域、附件或图片修改。</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {items.map((item) => (
            <li key={`${item.collection}:${item.id}`} style={{ marginBottom: '0.25rem' }}>
              <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
              <span>（{PENDING_CHANGE_COLLECTIONS[item.collection]}）</span> {what(item)}：{item.by} 于 {formatBeijingMinute(item.at)} 提交
              {mayDecide && item.own ? '，须由另一位审核员审核' : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
