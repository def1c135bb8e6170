'use client'

import type { TrackState } from '@/features/feedback/server/track-actions'

type Props = {
  state: Extract<TrackState, { status: 'found' }>
  formAction: (form: FormData) => void
  script: string
  text: Record<string, string>
  pending: boolean
}

/**
 * After a reply: rate it, and if not satisfied, ask once for it to be handled again. Each form
 * carries the code and key again (hidden), so it works as a plain post without JavaScript.
 */
export function FollowUp({ state, formAction, script, text, pending }: Props) {
  const { message, code, key } = state
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="script" value={script} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="key" value={key} />
      <input type="hidden" name="intent" value={intent} />
    </>
  )
  return (
    <>
      {state.notice ? <p className="notice">{state.notice}</p> : null}
      {state.error ? (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
      {message.answerRequest ? (
        <form action={formAction} className="track-answer">
          {hidden('answer')}
          <p>{message.answerRequest.prompt}</p>
          <div className="form-group">
            <label htmlFor="track-answer-text">{text.answerLabel}</label>
            <textarea id="track-answer-text" name="answer" rows={6} maxLength={3000} required />
          </div>
          <button type="submit" className="button" disabled={pending}>
            {text.answerSubmit}
          </button>
        </form>
      ) : null}
      {message.rating ? (
        <p>
          {text.yourRating}：<strong>{message.rating}</strong>
        </p>
      ) : null}
      {message.canRate ? (
        <form action={formAction} className="rating-form">
          {hidden('rate')}
          <fieldset className="form-group">
            <legend>{text.rateLegend}</legend>
            {[
              ['satisfied', text.satisfied],
              ['basically', text.basically],
              ['unsatisfied', text.unsatisfied],
            ].map(([value, label]) => (
              <label key={value} className="choice">
                <input type="radio" name="rating" value={value} required /> {label}
              </label>
            ))}
          </fieldset>
          <div className="form-group">
            <label htmlFor="rating-comment">{text.ratingComment}</label>
            <textarea id="rating-comment" name="ratingComment" rows={3} maxLength={500} />
          </div>
          <button type="submit" className="button" disabled={pending}>
            {text.rateSubmit}
          </button>
        </form>
      ) : null}
      {message.canReopen ? (
        <form action={formAction} className="reopen-form">
          {hidden('reopen')}
          <p>{text.reopenHint}</p>
          <button type="submit" className="button button--secondary" disabled={pending}>
            {text.reopen}
          </button>
        </form>
      ) : null}
    </>
  )
}
