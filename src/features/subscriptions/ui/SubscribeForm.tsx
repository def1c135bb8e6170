'use client'

import { useActionState } from 'react'
import type { SubscribeState } from '@/features/subscriptions/server/subscription-actions'
import { ChoiceFields } from './ChoiceFields'

type Props = {
  action: (state: SubscribeState, form: FormData) => Promise<SubscribeState>
  script: string
  /** Every string shown, already in the reader's script, keyed by its Simplified original. */
  text: Record<string, string>
}

export function SubscribeForm({ action, script, text }: Props) {
  const t = (value: string) => text[value] ?? value
  // Without JavaScript the form posts to its own page and the answer comes back there.
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, '/subscriptions')
  if (state.status === 'sent') {
    return (
      <div className="panel panel--success" role="status">
        <h2>{t('请查收确认邮件')}</h2>
        <p>
          {t('我们已向')} <strong>{state.email}</strong> {t('发送了一封确认邮件。请打开邮件中的链接并点击“确认订阅”；确认之前，我们不会向您发送任何更新提醒。')}
        </p>
        <p>{t('如果几分钟内没有收到，请检查垃圾邮件箱，或确认邮箱地址后重新订阅。')}</p>
      </div>
    )
  }
  const values = state.status === 'error' ? state.values : { email: '', sections: [], topics: [], frequency: 'immediate' }
  return (
    <form action={formAction} className="subscribe-form">
      <input type="hidden" name="script" value={script} />
      {state.status === 'error' ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <div className="form-group">
        <label htmlFor="subscribe-email">{t('电子邮箱')}</label>
        <p className="hint" id="subscribe-email-hint">
          {t('只用于发送您订阅的更新提醒。')}
        </p>
        <input
          id="subscribe-email"
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={values.email}
          aria-describedby="subscribe-email-hint"
          aria-invalid={state.status === 'error' && state.field === 'email' ? true : undefined}
        />
      </div>
      <ChoiceFields t={t} sections={values.sections} topics={values.topics} frequency={values.frequency} />
      <button type="submit" className="button" disabled={pending}>
        {t('订阅')}
      </button>
    </form>
  )
}
