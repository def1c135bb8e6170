'use client'

import { useActionState } from 'react'
import type { UsefulnessState } from '@/features/usefulness/server/usefulness-action'

type Props = {
  action: (state: UsefulnessState, form: FormData) => Promise<UsefulnessState>
  path: string
  script: string
  text: Record<'question' | 'yes' | 'no' | 'reason' | 'hint' | 'thanks' | 'thanksNo', string>
}

/** Two buttons and an optional reason; works as a plain form post without JavaScript. */
export function UsefulnessForm({ action, path, script, text }: Props) {
  // The permalink is the page itself: without JavaScript the answer comes back on it.
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, path)
  if (state.status === 'thanks') {
    return (
      <p className="usefulness__thanks" role="status">
        {state.useful ? text.thanks : text.thanksNo}
      </p>
    )
  }
  return (
    <form action={formAction} className="usefulness__form">
      <input type="hidden" name="path" value={path} />
      <input type="hidden" name="script" value={script} />
      <h2 id="usefulness-title" className="usefulness__question">
        {text.question}
      </h2>
      {state.status === 'error' ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <div className="form-group">
        <label htmlFor="usefulness-reason">{text.reason}</label>
        <p className="hint" id="usefulness-hint">
          {text.hint}
        </p>
        <input id="usefulness-reason" name="reason" type="text" maxLength={200} autoComplete="off" aria-describedby="usefulness-hint" />
      </div>
      <div className="usefulness__buttons">
        <button type="submit" name="useful" value="yes" className="button button--secondary" disabled={pending}>
          {text.yes}
        </button>
        <button type="submit" name="useful" value="no" className="button button--secondary" disabled={pending}>
          {text.no}
        </button>
      </div>
    </form>
  )
}
