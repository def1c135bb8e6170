'use client'

import { useActionState, useEffect, useRef } from 'react'
import type { CommentFormState } from '@/features/consultations/server/comment-action'
import { FieldError } from '@/platform/site-shell/ui/forms/FieldError'
import type { CommentFormText } from './comment-form-text'

type Props = {
  action: (state: CommentFormState, form: FormData) => Promise<CommentFormState>
  script: string
  slug: string
  text: CommentFormText
}

const FIELD_ORDER = ['comment', 'name', 'contact'] as const

/** A comment on an open consultation: a plain POST to the consultation's page without JavaScript. */
export function CommentForm({ action, script, slug, text }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, `/consultations/${slug}`)
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status !== 'idle') summary.current?.focus()
  }, [state])
  if (state.status === 'done') {
    return (
      <div className="notice" role="status" tabIndex={-1} ref={summary}>
        <h3>{text.doneTitle}</h3>
        <p>{state.publishConsent ? text.doneConsent : text.doneNoConsent}</p>
        <p>{text.doneOutcome}</p>
      </div>
    )
  }
  const errors = state.status === 'error' ? state.errors : {}
  const values = state.status === 'error' ? state.values : {}
  const listed = FIELD_ORDER.filter((name) => errors[name])
  const invalid = (name: string) => (errors[name] ? true : undefined)
  return (
    <form action={formAction} className="comment-form" noValidate>
      {state.status === 'error' ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="comment-errors-title">
          <h3 id="comment-errors-title">{text.errorTitle}</h3>
          {state.formError ? <p>{state.formError}</p> : null}
          {listed.length > 0 ? (
            <ul>
              {listed.map((name) => (
                <li key={name}>
                  <a href={`#comment-${name}`}>{errors[name]}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="consultation" value={slug} />
      <input type="hidden" name="script" value={script} />
      <div className="form-group">
        <label htmlFor="comment-comment">{text.comment}</label>
        <p className="hint" id="comment-comment-hint">
          {text.commentHint}
        </p>
        <FieldError id="comment-comment-error" message={errors.comment} />
        <textarea
          id="comment-comment"
          name="comment"
          rows={8}
          maxLength={3000}
          defaultValue={values.comment ?? ''}
          aria-invalid={invalid('comment')}
          aria-describedby={errors.comment ? 'comment-comment-hint comment-comment-error' : 'comment-comment-hint'}
        />
      </div>
      <div className="form-group">
        <label htmlFor="comment-name">{text.name}</label>
        <FieldError id="comment-name-error" message={errors.name} />
        <input id="comment-name" name="name" type="text" autoComplete="nickname" maxLength={20} defaultValue={values.name ?? ''} aria-invalid={invalid('name')} aria-describedby={errors.name ? 'comment-name-error' : undefined} />
      </div>
      <div className="form-group">
        <label htmlFor="comment-contact">{text.contact}</label>
        <p className="hint" id="comment-contact-hint">
          {text.contactHint}
        </p>
        <FieldError id="comment-contact-error" message={errors.contact} />
        <input
          id="comment-contact"
          name="contact"
          type="text"
          maxLength={60}
          defaultValue={values.contact ?? ''}
          aria-invalid={invalid('contact')}
          aria-describedby={errors.contact ? 'comment-contact-hint comment-contact-error' : 'comment-contact-hint'}
        />
      </div>
      <div className="form-group">
        <div className="choice">
          <input type="checkbox" id="comment-publishConsent" name="publishConsent" value="yes" defaultChecked={values.publishConsent === 'yes'} aria-describedby="comment-consent-hint" />
          <label htmlFor="comment-publishConsent">{text.publishConsent}</label>
        </div>
        <p className="hint" id="comment-consent-hint">
          {text.publishConsentHint}
        </p>
      </div>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="comment-website">{text.honeypot}</label>
        <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  )
}
