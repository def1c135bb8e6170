'use client'

import { useActionState, useEffect, useRef } from 'react'
import type { FeedbackFormState } from '@/features/feedback/server/submit-action'
import { ProofOfWork } from '@/platform/security/ui/ProofOfWork'
import { FeedbackSuccess } from './FeedbackSuccess'
import type { FeedbackFormText } from './feedback-form-text'
import { FieldError } from '@/platform/site-shell/ui/forms/FieldError'

type Kind = { value: string; label: string; hint: string }
type Props = {
  action: (state: FeedbackFormState, form: FormData) => Promise<FeedbackFormState>
  script: string
  token: string
  kinds: Kind[]
  about?: { value: string; title: string }
  text: FeedbackFormText
}

const FIELD_ORDER = ['kind', 'subject', 'message', 'attachments', 'name', 'phone', 'email', 'replyBy', 'publishConsent'] as const

/** The message form: a plain multipart POST without JavaScript, enhanced (no reload) with it. */
export function FeedbackForm({ action, script, token, kinds, about, text }: Props) {
  // The permalink is where the form posts without JavaScript (otherwise React writes an invalid action="").
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, '/feedback/new')
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status === 'error') summary.current?.focus()
  }, [state])
  if (state.status === 'done') return <FeedbackSuccess {...state} text={text} />

  const errors = state.status === 'error' ? state.errors : {}
  const values = state.status === 'error' ? state.values : {}
  const value = (name: string, fallback = '') => values[name] ?? fallback
  const described = (name: string, hint?: string) =>
    [hint, errors[name as keyof typeof errors] ? `${name}-error` : undefined].filter(Boolean).join(' ') || undefined
  const listed = FIELD_ORDER.filter((name) => errors[name])

  return (
    <form action={formAction} className="feedback-form" encType="multipart/form-data" noValidate>
      {state.status === 'error' ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{text.errorTitle}</h2>
          {state.formError ? <p>{state.formError}</p> : null}
          {listed.length > 0 ? (
            <ul>
              {listed.map((name) => (
                <li key={name}>
                  <a href={`#field-${name}`}>{errors[name]}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="token" value={value('token', token)} />
      <input type="hidden" name="script" value={script} />

      <fieldset className="form-group" id="field-kind" aria-describedby={described('kind')}>
        <legend>{text.kind}</legend>
        <FieldError id="kind-error" message={errors.kind} />
        {kinds.map((kind) => (
          <div className="choice" key={kind.value}>
            <input type="radio" id={`kind-${kind.value}`} name="kind" value={kind.value} defaultChecked={value('kind') === kind.value} />
            <label htmlFor={`kind-${kind.value}`}>
              {kind.label}
              <span className="hint"> {kind.hint}</span>
            </label>
          </div>
        ))}
      </fieldset>

      {about ? (
        <div className="form-group">
          <p className="about-item">
            {text.aboutLabel}
            <strong>{about.title}</strong>
          </p>
          <input type="hidden" name="about" value={about.value} />
        </div>
      ) : null}

      <div className="form-group">
        <label htmlFor="field-subject">{text.subject}</label>
        <p className="hint" id="subject-hint">{text.subjectHint}</p>
        <FieldError id="subject-error" message={errors.subject} />
        <input id="field-subject" name="subject" type="text" defaultValue={value('subject')} aria-describedby={described('subject', 'subject-hint')} aria-invalid={Boolean(errors.subject)} />
      </div>

      <div className="form-group">
        <label htmlFor="field-message">{text.message}</label>
        <p className="hint" id="message-hint">{text.messageHint}</p>
        <FieldError id="message-error" message={errors.message} />
        <textarea id="field-message" name="message" rows={8} defaultValue={value('message')} aria-describedby={described('message', 'message-hint')} aria-invalid={Boolean(errors.message)} />
      </div>

      <div className="form-group">
        <label htmlFor="field-attachments">{text.attachments}</label>
        <p className="hint" id="attachments-hint">{text.attachmentsHint}</p>
        <FieldError id="attachments-error" message={errors.attachments} />
        <input id="field-attachments" name="attachments" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf" aria-describedby={described('attachments', 'attachments-hint')} />
      </div>

      <fieldset className="form-group">
        <legend>{text.contact}</legend>
        <p className="hint">{text.contactHint}</p>
        <div className="form-group">
          <label htmlFor="field-name">{text.name}</label>
          <FieldError id="name-error" message={errors.name} />
          <input id="field-name" name="name" type="text" autoComplete="name" defaultValue={value('name')} aria-describedby={described('name')} aria-invalid={Boolean(errors.name)} />
        </div>
        <div className="form-group">
          <label htmlFor="field-phone">{text.phone}</label>
          <FieldError id="phone-error" message={errors.phone} />
          <input id="field-phone" name="phone" type="tel" autoComplete="tel" inputMode="tel" defaultValue={value('phone')} aria-describedby={described('phone')} aria-invalid={Boolean(errors.phone)} />
        </div>
        <div className="form-group">
          <label htmlFor="field-email">{text.email}</label>
          <FieldError id="email-error" message={errors.email} />
          <input id="field-email" name="email" type="email" autoComplete="email" defaultValue={value('email')} aria-describedby={described('email')} aria-invalid={Boolean(errors.email)} />
        </div>
        <fieldset className="form-group" id="field-replyBy">
          <legend>{text.replyBy}</legend>
          <FieldError id="replyBy-error" message={errors.replyBy} />
          {(['none', 'email', 'phone'] as const).map((channel) => (
            <div className="choice" key={channel}>
              <input type="radio" id={`reply-${channel}`} name="replyBy" value={channel} defaultChecked={value('replyBy', 'none') === channel} />
              <label htmlFor={`reply-${channel}`}>{text[`reply-${channel}`]}</label>
            </div>
          ))}
        </fieldset>
      </fieldset>

      <fieldset className="form-group" id="field-publishConsent" aria-describedby={described('publishConsent', 'consent-hint')}>
        <legend>{text.publishConsent}</legend>
        <p className="hint" id="consent-hint">{text.publishConsentHint}</p>
        <FieldError id="publishConsent-error" message={errors.publishConsent} />
        {(['yes', 'no'] as const).map((choice) => (
          <div className="choice" key={choice}>
            <input type="radio" id={`consent-${choice}`} name="publishConsent" value={choice} defaultChecked={value('publishConsent') === choice} />
            <label htmlFor={`consent-${choice}`}>{text[`consent-${choice}`]}</label>
          </div>
        ))}
      </fieldset>

      <details className="privacy-notice">
        <summary>{text.privacyTitle}</summary>
        <p>{text.privacyBody}</p>
      </details>

      <div className="honeypot" aria-hidden="true">
        <label htmlFor="field-website">{text.honeypot}</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <ProofOfWork />

      <button type="submit" className="button" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  )
}
