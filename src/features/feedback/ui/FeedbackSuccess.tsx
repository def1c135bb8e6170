import type { FeedbackFormText } from './feedback-form-text'

type Props = { trackingCode: string; accessKey: string; needsModeration: boolean; text: FeedbackFormText }

/** Shown once: the tracking code and the secret key (only its hash is stored). */
export function FeedbackSuccess({ trackingCode, accessKey, needsModeration, text }: Props) {
  return (
    <div className="panel panel--success" role="status" aria-labelledby="success-title">
      <h2 id="success-title">{text.successTitle}</h2>
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
      {needsModeration ? <p>{text.moderation}</p> : null}
      <p>
        <a href={`/feedback/track?code=${encodeURIComponent(trackingCode)}`}>{text.trackLink}</a>
      </p>
    </div>
  )
}
