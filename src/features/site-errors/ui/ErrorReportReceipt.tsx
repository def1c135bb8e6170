import type { ErrorReportText } from './error-report-text'

type Props = { reference: string; dueDay: string; pageUrl: string; text: ErrorReportText }

/** What the reporter sees once the report is saved: its number and the day it will be handled by. */
export function ErrorReportReceipt({ reference, dueDay, pageUrl, text }: Props) {
  return (
    <div className="panel panel--success" role="status" aria-labelledby="error-report-done">
      <h2 id="error-report-done">{text.doneTitle}</h2>
      <dl className="tracking-credentials">
        <dt>{text.doneReference}</dt>
        <dd>
          <strong className="code">{reference}</strong>
        </dd>
        <dt>{text.doneDue}</dt>
        <dd>
          <time dateTime={dueDay}>{dueDay}</time>
        </dd>
      </dl>
      <p>{text.doneEmail}</p>
      {pageUrl.startsWith('/') ? (
        <p>
          <a href={pageUrl}>{text.doneBack}</a>
        </p>
      ) : null}
    </div>
  )
}
