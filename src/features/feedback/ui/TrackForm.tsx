'use client'

import { useActionState } from 'react'
import type { TrackState } from '@/features/feedback/server/track-actions'
import { PrintButton } from '@/platform/site-shell/ui/PrintButton'
import { FollowUp } from './TrackFollowUp'

type Props = {
  action: (state: TrackState, form: FormData) => Promise<TrackState>
  script: string
  code: string
  text: Record<string, string>
  /** Where the form posts without JavaScript: this page's own address. */
  permalink?: string
}

/** Code and key are posted, never put in the address, so they stay out of logs and history. */
export function TrackForm({ action, script, code, text, permalink = '/feedback/track' }: Props) {
  // The permalink is where the form posts without JavaScript (otherwise React writes an invalid action="").
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, permalink)
  return (
    <>
      <form action={formAction} className="track-form">
        <input type="hidden" name="script" value={script} />
        {state.status === 'error' ? (
          <p className="field-error" role="alert">
            {state.message}
          </p>
        ) : null}
        <div className="form-group">
          <label htmlFor="track-code">{text.code}</label>
          <input id="track-code" name="code" type="text" autoComplete="off" defaultValue={state.status === 'error' ? state.code : code} />
        </div>
        <div className="form-group">
          <label htmlFor="track-key">{text.key}</label>
          <input id="track-key" name="key" type="password" autoComplete="off" />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {text.submit}
        </button>
      </form>
      {state.status === 'found' ? (
        <section className="panel" aria-labelledby="tracked-title" role="status">
          <h2 id="tracked-title">{state.message.subject}</h2>
          <p>
            {text.code}：{state.message.trackingCode} · {text.status}：<strong>{state.message.status}</strong>
          </p>
          <ol className="timeline">
            {state.message.steps.map((step, i) => (
              <li key={i}>
                <time>{step.at}</time> {step.label}
              </li>
            ))}
          </ol>
          {state.message.due ? <p>{state.message.due}</p> : null}
          {state.message.outcome ? <p>{state.message.outcome}</p> : null}
          {state.message.reply ? (
            <div className="reply">
              <h3>{text.reply}</h3>
              <p className="reply__meta">
                {state.message.replyDepartment} {state.message.repliedAt}
              </p>
              <p className="reply__body">{state.message.reply}</p>
              {state.message.printable ? <PrintButton label={text.print ?? '打印'} /> : null}
            </div>
          ) : state.message.outcome ? null : (
            <p>{text.noReply}</p>
          )}
          <FollowUp state={state} formAction={formAction} script={script} text={text} pending={pending} />
        </section>
      ) : null}
    </>
  )
}
