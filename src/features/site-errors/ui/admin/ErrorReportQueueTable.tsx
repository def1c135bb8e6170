import { errorReportStanding, statusLabel } from '@/features/site-errors/rules'
import type { ErrorReportRow } from '@/features/site-errors/server/queues'
import { TimeLeft } from './TimeLeft'

type Props = { rows: ErrorReportRow[]; hrefOf: (id: string | number) => string; caption: string }

const short = (text?: string | null) => (text && text.length > 60 ? `${text.slice(0, 60)}…` : (text ?? ''))

/** A queue of reports: number (to its desk), page, what is wrong, the answer day and time left. */
export function ErrorReportQueueTable({ rows, hrefOf, caption }: Props) {
  if (rows.length === 0) return <p role="status">这个队列里没有报告。</p>
  return (
    <table className="error-desk__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">编号</th>
          <th scope="col">出错页面</th>
          <th scope="col">问题说明</th>
          <th scope="col">答复期限</th>
          <th scope="col">状态</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <a href={hrefOf(row.id)}>{row.reference}</a>
            </td>
            <td>{short(row.pageUrl)}</td>
            <td>{short(row.description)}</td>
            <td>
              {row.dueDay}
              {row.status === 'received' && row.receivedAt ? (
                <>
                  <br />
                  <TimeLeft standing={errorReportStanding(new Date(row.receivedAt), new Date())} />
                </>
              ) : null}
            </td>
            <td>{statusLabel(row.status)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
