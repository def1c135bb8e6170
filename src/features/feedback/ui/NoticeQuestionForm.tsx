'use client'

import { useActionState, useEffect, useRef } from 'react'
import type { FeedbackFormState } from '@/features/feedback/server/submit-action'
import { ProofOfWork } from '@/platform/security/ui/ProofOfWork'
import { FieldError } from '@/platform/site-shell/ui/forms/FieldError'
import { FeedbackSuccess } from './FeedbackSuccess'
import type { FeedbackFormText } from './feedback-form-text'

type Props = {
  action: (state: FeedbackFormState, form: FormData) => Promise<FeedbackFormState>
  script: string
  token: string
  slug: string
  subject: string
  text: FeedbackFormText
}

const FIELD_ORDER = ['message', 'email', 'publishConsent', 'subject'] as const

/** 对本文件有疑问？: a short question about this notice, a plain POST to the notice's page without JavaScript. */
export function NoticeQuestionForm({ action, script, token, slug, subject, text }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, `/policies/${slug}#ask-title`)
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status === 'error') summary.current?.focus()
  }, [state])
  if (state.status === 'done') return <FeedbackSuccess {...state} text={text} />
  const errors: Record<string, string | undefined> = state.status === 'error' ? state.errors : {}
  const values: Record<string, string> = state.status === 'error' ? state.values : {}
  const listed = FIELD_ORDER.filter((name) => errors[name])
  const described = (name: string, hint?: string) => [hint, errors[name] ? `ask-${name}-error` : undefined].filter(Boolean).join(' ') || undefined
  return (
    <form action={formAction} className="feedback-form notice-question-form" noValidate>
      {state.status === 'error' ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="ask-errors-title">
          <h3 id="ask-errors-title">{text.errorTitle}</h3>
          {state.formError ? <p>{state.formError}</p> : null}
          {listed.length > 0 ? (
            <ul>
              {listed.map((name) => (
                <li key={name}>
                  <a href={`#ask-${name === 'subject' ? 'message' : name}`}>{errors[name]}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="token" value={values.token ?? token} />
      <input type="hidden" name="script" value={script} />
      <input type="hidden" name="about" value={`policy:${slug}`} />
      <input type="hidden" name="subject" value={subject} />
      <div className="form-group">
        <label htmlFor="ask-message">{text.askMessage}</label>
        <p className="hint" id="ask-message-hint">
          {text.askMessageHint}
        </p>
        <FieldError id="ask-message-error" message={errors.message} />
        <textarea id="ask-message" name="message" rows={5} maxLength={5000} defaultValue={values.message ?? ''} aria-invalid={errors.message ? true : undefined} aria-describedby={described('message', 'ask-message-hint')} />
      </div>
      <div className="form-group">
        <label htmlFor="ask-email">{text.askEmail}</label>
        <p className="hint" id="ask-email-hint">
          {text.askEmailHint}
        </p>
        <FieldError id="ask-email-error" message={errors.email} />
        <input id="ask-email" name="email" type="email" autoComplete="email" maxLength={254} defaultValue={values.email ?? ''} aria-invalid={errors.email ? true : undefined} aria-describedby={described('email', 'ask-email-hint')} />
      </div>
      <fieldset className="form-group" id="ask-publishConsent" aria-describedby={described('publishConsent', 'ask-consent-hint')}>
        <legend>{text.askConsent}</legend>
        <p className="hint" id="ask-consent-hint">
          {text.askConsentHint}
        </p>
        <FieldError id="ask-publishConsent-error" message={errors.publishConsent} />
        {(['yes', 'no'] as const).map((choice) => (
          <div className="choice" key={choice}>
            <input type="radio" id={`ask-consent-${choice}`} name="publishConsent" value={choice} defaultChecked={values.publishConsent === choice} />
            <label htmlFor={`ask-consent-${choice}`}>{text[`consent-${choice}`]}</label>
          </div>
        ))}
      </fieldset>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="ask-website">{text.honeypot}</label>
        <input id="ask-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <ProofOfWork />
      <button type="submit" className="button" disabled={pending}>
        {pending ? text.submitting : text.askSubmit}
      </button>
    </form>
  )
}
