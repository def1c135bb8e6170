'use client'

import { useEffect, useRef } from 'react'
import type { FeedbackReceipt } from '@/features/feedback/server/receipt-cookie'
import { formatDayChinese } from '@/platform/site-shell/format-date'
import { PrintButton } from '@/platform/site-shell/ui/PrintButton'
import type { FeedbackFormText } from './feedback-form-text'

type Props = FeedbackReceipt & {
  text: FeedbackFormText
  /** h1 when the receipt is the whole page (after a reload or a post without JavaScript). */
  headingLevel?: 1 | 2
}

/**
 * The tracking code and the secret key (only its hash is stored), shown at the top of the page:
 * focused and scrolled into view when it appears, named in the tab's title, and kept for a reload
 * until the resident clears it (`server/receipt-cookie.ts`, `/feedback-receipt`).
 */
export function FeedbackSuccess({ trackingCode, accessKey, needsModeration, acceptanceDays, replyDays, replyDueAt, email, emailed, text, headingLevel = 2 }: Props) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' })
    heading.current?.focus()
    if (!document.title.startsWith(text.successTitle)) document.title = `${text.successTitle} - ${document.title}`
  }, [text.successTitle])
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  return (
    <div className="panel panel--success" role="status" aria-labelledby="success-title">
      <Heading id="success-title" ref={heading} tabIndex={-1}>
        {text.successTitle}
      </Heading>
      <dl className="tracking-credentials">
        <dt>{text.trackingCode}</dt>
        <dd>
          <strong className="code" data-testid="tracking-code">{trackingCode}</strong>
        </dd>
        <dt>{text.accessKey}</dt>
        <dd>
          <strong className="code" data-testid="access-key">{accessKey}</strong>
        </dd>
      </dl>
      <p>{text.keepKey}</p>
      <div className="receipt-actions">
        <PrintButton label={text.receiptPrint} />
        <a className="button button--secondary" href="/feedback/new/receipt" download>
          {text.receiptDownload}
        </a>
      </div>
      {email ? (
        emailed ? (
          <p className="receipt-emailed">{text.receiptEmailed.replace('{email}', email)}</p>
        ) : (
          <form method="post" action="/feedback/new/receipt" className="receipt-email">
            <p className="hint">{text.receiptEmailHint.replace('{email}', email)}</p>
            <button type="submit" className="button button--secondary">
              {text.receiptEmail}
            </button>
          </form>
        )
      ) : null}
      <h2 className="receipt-next">{text.nextTitle}</h2>
      {needsModeration ? <p>{text.moderation}</p> : null}
      {acceptanceDays && replyDays && replyDueAt ? (
        <p data-testid="reply-due">
          {text.nextSteps
            .replace('{acceptance}', String(acceptanceDays))
            .replace('{reply}', String(replyDays))
            .replace('{date}', formatDayChinese(replyDueAt))}
        </p>
      ) : null}
      <p>{text.nextTrack}</p>
      <p>
        <a href={`/feedback/track?code=${encodeURIComponent(trackingCode)}`}>{text.trackLink}</a>
      </p>
      <form method="post" action="/feedback-receipt" className="receipt-clear">
        <p className="hint">{text.receiptKept}</p>
        <button type="submit" className="button button--secondary">
          {text.receiptClear}
        </button>
      </form>
    </div>
  )
}
