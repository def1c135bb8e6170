'use client'

import { useActionState, useEffect, useRef } from 'react'
import { FieldError } from '@/platform/site-shell/ui/forms/FieldError'
import type { ApplicationFormState } from '@/features/disclosure/server/submit-action'
import { ApplicationReceipt } from './ApplicationReceipt'
import type { ApplicationFormText } from './application-form-text'

type Choice = { value: string; label: string }
type Props = {
  action: (state: ApplicationFormState, form: FormData) => Promise<ApplicationFormState>
  script: string
  token: string
  permalink: string
  choices: { applicantType: Choice[]; organisationKind: Choice[]; idType: Choice[]; preferredForm: Choice[]; collectionManner: Choice[] }
  text: ApplicationFormText
}

const FIELD_ORDER = ['applicantType', 'organisationKind', 'name', 'idType', 'idNumber', 'phone', 'email', 'address', 'description', 'preferredForm', 'collectionManner'] as const

/** The application form (政府信息公开申请表): a plain POST without JavaScript, enhanced with it. */
export function ApplicationForm({ action, script, token, permalink, choices, text }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, permalink)
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status === 'error') summary.current?.focus()
  }, [state])
  if (state.status === 'done') return <ApplicationReceipt {...state} text={text} />

  const errors: Record<string, string | undefined> = state.status === 'error' ? state.errors : {}
  const values = state.status === 'error' ? state.values : {}
  const value = (name: string) => values[name] ?? ''
  const described = (name: string, hint?: string) => [hint, errors[name] ? `${name}-error` : undefined].filter(Boolean).join(' ') || undefined
  const listed = FIELD_ORDER.filter((name) => errors[name])

  const radios = (name: keyof Props['choices'], hint?: string) => (
    <fieldset className="form-group" id={`field-${name}`} aria-describedby={described(name, hint ? `${name}-hint` : undefined)}>
      <legend>{text[name]}</legend>
      {hint ? <p className="hint" id={`${name}-hint`}>{hint}</p> : null}
      <FieldError id={`${name}-error`} message={errors[name]} />
      {choices[name].map((choice) => (
        <div className="choice" key={choice.value}>
          <input type="radio" id={`${name}-${choice.value}`} name={name} value={choice.value} defaultChecked={value(name) === choice.value} />
          <label htmlFor={`${name}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
    </fieldset>
  )
  const input = (name: string, type: string, extra: Record<string, string> = {}, hint?: string) => (
    <div className="form-group">
      <label htmlFor={`field-${name}`}>{text[name as keyof ApplicationFormText]}</label>
      {hint ? <p className="hint" id={`${name}-hint`}>{hint}</p> : null}
      <FieldError id={`${name}-error`} message={errors[name]} />
      <input id={`field-${name}`} name={name} type={type} defaultValue={value(name)} aria-describedby={described(name, hint ? `${name}-hint` : undefined)} aria-invalid={Boolean(errors[name])} {...extra} />
    </div>
  )

  return (
    <form action={formAction} className="feedback-form application-form" noValidate>
      {state.status === 'error' ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{text.errorTitle}</h2>
          {state.formError ? <p>{state.formError}</p> : null}
          {listed.length > 0 ? (
            <ul>
              {listed.map((name) => <li key={name}><a href={`#field-${name}`}>{errors[name]}</a></li>)}
            </ul>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="token" value={value('token') || token} />
      <input type="hidden" name="script" value={script} />
      {radios('applicantType')}
      {radios('organisationKind', text.organisationKindHint)}
      {input('name', 'text', { autoComplete: 'name' })}
      {radios('idType')}
      {input('idNumber', 'text', { autoComplete: 'off', spellCheck: 'false' }, text.idHint)}
      {input('phone', 'tel', { autoComplete: 'tel', inputMode: 'tel' })}
      {input('email', 'email', { autoComplete: 'email' })}
      {input('address', 'text', { autoComplete: 'street-address' })}
      <div className="form-group">
        <label htmlFor="field-description">{text.description}</label>
        <p className="hint" id="description-hint">{text.descriptionHint}</p>
        <FieldError id="description-error" message={errors.description} />
        <textarea id="field-description" name="description" rows={8} defaultValue={value('description')} aria-describedby={described('description', 'description-hint')} aria-invalid={Boolean(errors.description)} />
      </div>
      {radios('preferredForm')}
      {radios('collectionManner')}
      <details className="privacy-notice">
        <summary>{text.privacyTitle}</summary>
        <p>{text.privacyBody}</p>
      </details>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="field-website">{text.honeypot}</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" className="button" disabled={pending}>{pending ? text.submitting : text.submit}</button>
    </form>
  )
}
