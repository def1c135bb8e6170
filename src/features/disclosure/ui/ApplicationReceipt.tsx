import { TRACK_PATH } from '@/features/disclosure/server/paths'
import { formatDayChinese } from '@/platform/site-shell/format-date'
import { PrintButton } from '@/platform/site-shell/ui/PrintButton'
import type { ApplicationFormText } from './application-form-text'

type Props = { trackingCode: string; accessKey: string; answerDueDay?: string; text: ApplicationFormText; headingLevel?: 1 | 2 }

/** The code and the key of a new application, as the messages' receipt shows them. */
export function ApplicationReceipt({ trackingCode, accessKey, answerDueDay, text, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  return (
    <div className="panel panel--success" role="status" aria-labelledby="success-title">
      <Heading id="success-title" tabIndex={-1}>{text.successTitle}</Heading>
      <dl className="tracking-credentials">
        <dt>{text.trackingCode}</dt>
        <dd><strong className="code" data-testid="tracking-code">{trackingCode}</strong></dd>
        <dt>{text.accessKey}</dt>
        <dd><strong className="code" data-testid="access-key">{accessKey}</strong></dd>
      </dl>
      <p>{text.keepKey}</p>
      <div className="receipt-actions">
        <PrintButton label={text.print} />
      </div>
      <h2 className="receipt-next">{text.nextTitle}</h2>
      {answerDueDay ? <p data-testid="answer-due">{text.dueText.replace('{date}', formatDayChinese(`${answerDueDay}T12:00:00+08:00`))}</p> : null}
      <p><a href={`${TRACK_PATH}?code=${encodeURIComponent(trackingCode)}`}>{text.trackLink}</a></p>
    </div>
  )
}
