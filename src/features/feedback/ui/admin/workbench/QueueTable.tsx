import { statusLabel } from '@/features/feedback/rules/handling'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { timeLeftText } from '@/features/feedback/rules/workbench'
import { directoryNames, type StaffDirectory, type WorkbenchRow } from '@/features/feedback/server/workbench/queues'
import { formatDay } from '@/platform/site-shell/format-date'
import { AssigneeFields } from './AssigneeFields'
import { deskPath } from './workbench-paths'

type Props = { adminRoute: string; rows: WorkbenchRow[]; directory: StaffDirectory; returnTo: string; caption: string }

const kindLabel = (kind: string) => FEEDBACK_KINDS.find((k) => k.value === kind)?.label ?? kind

/** One page of a queue; ticked rows can be assigned together (派单) with the form under the table. */
export function QueueTable({ adminRoute, rows, directory, returnTo, caption }: Props) {
  const names = directoryNames(directory)
  if (rows.length === 0) return <p>这个队列里没有留言。</p>
  return (
    <form method="post" action="/api/feedback/bulk-assign" className="workbench-bulk">
      <input type="hidden" name="returnTo" value={returnTo} />
      <table className="workbench-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">选择</th>
            <th scope="col">类型</th>
            <th scope="col">标题</th>
            <th scope="col">收到日期</th>
            <th scope="col">状态</th>
            <th scope="col">承办部门</th>
            <th scope="col">承办人</th>
            <th scope="col">剩余工作日</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <input type="checkbox" name="ids" value={String(row.id)} id={`pick-${row.id}`} aria-label={`选择 ${row.trackingCode}`} />
              </td>
              <td>{kindLabel(row.kind)}</td>
              <td>
                <a href={deskPath(adminRoute, row.id)}>{row.subject}</a>
                <br />
                <small>{row.trackingCode}</small>
              </td>
              <td>{formatDay(row.createdAt)}</td>
              <td>{statusLabel(row.status)}</td>
              <td>{names.department(row.departmentId)}</td>
              <td>{names.handler(row.handlerId)}</td>
              <td className={row.daysLeft !== null && row.daysLeft < 0 ? 'workbench-late' : undefined} data-days-left={row.daysLeft ?? ''}>
                {row.daysLeft === null ? '不计时' : timeLeftText(row.daysLeft)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="workbench-assign">
        <legend>把勾选的留言交办（未受理的先受理）</legend>
        <AssigneeFields directory={directory} idPrefix="bulk" />
        <button type="submit" className="btn btn--style-primary btn--size-small">交办勾选的留言</button>
      </fieldset>
    </form>
  )
}
