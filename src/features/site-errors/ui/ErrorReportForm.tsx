'use client'

import { useActionState, useEffect, useRef } from 'react'
import type { ErrorReportFormState } from '@/features/site-errors/server/submit-action'
import { FieldError } from '@/platform/site-shell/ui/forms/FieldError'
import { ErrorReportReceipt } from './ErrorReportReceipt'
import type { ErrorReportText } from './error-report-text'

type Props = {
  action: (state: ErrorReportFormState, form: FormData) => Promise<ErrorReportFormState>
  script: string
  token: string
  pageUrl: string
  dueHint: string
  text: ErrorReportText
}

const FIELDS = ['pageUrl', 'description', 'email'] as const

/** 网站找错: a plain POST without JavaScript (the page answers it), without a reload with it. */
export function ErrorReportForm({ action, script, token, pageUrl, dueHint, text }: Props) {
  // The permalink is where the form posts without JavaScript.
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, '/site-errors')
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status === 'error') summary.current?.focus()
  }, [state])
  if (state.status === 'done') return <ErrorReportReceipt reference={state.reference} dueDay={state.dueDay} pageUrl={state.pageUrl || pageUrl} text={text} />
  const errors: Record<string, string> = state.status === 'error' ? state.errors : {}
  const values: Record<string, string> = state.status === 'error' ? state.values : {}
  const described = (name: string) => [`${name}-hint`, errors[name] ? `${name}-error` : undefined].filter(Boolean).join(' ')
  const listed = FIELDS.filter((name) => errors[name])
  return (
    <form action={formAction} className="error-report-form" noValidate>
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
      <input type="hidden" name="token" value={values.token ?? token} />
      <input type="hidden" name="script" value={script} />
      <div className="form-group">
        <label htmlFor="field-pageUrl">{text.pageUrl}</label>
        <p className="hint" id="pageUrl-hint">{text.pageUrlHint}</p>
        <FieldError id="pageUrl-error" message={errors.pageUrl} />
        <input id="field-pageUrl" name="pageUrl" type="text" inputMode="url" defaultValue={values.pageUrl ?? pageUrl} aria-describedby={described('pageUrl')} aria-invalid={Boolean(errors.pageUrl)} />
      </div>
      <div className="form-group">
        <label htmlFor="field-description">{text.description}</label>
        <p className="hint" id="description-hint">{text.descriptionHint}</p>
        <FieldError id="description-error" message={errors.description} />
        <textarea id="field-description" name="description" rows={6} maxLength={1000} defaultValue={values.description ?? ''} aria-describedby={described('description')} aria-invalid={Boolean(errors.description)} />
      </div>
      <div className="form-group">
        <label htmlFor="field-email">{text.email}</label>
        <p className="hint" id="email-hint">{text.emailHint}</p>
        <FieldError id="email-error" message={errors.email} />
        <input id="field-email" name="email" type="email" autoComplete="email" defaultValue={values.email ?? ''} aria-describedby={described('email')} aria-invalid={Boolean(errors.email)} />
      </div>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="field-website">{text.honeypot}</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p className="hint">{dueHint}</p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  )
}
