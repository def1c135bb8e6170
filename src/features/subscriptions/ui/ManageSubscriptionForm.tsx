'use client'

import { useActionState } from 'react'
import type { ManageState } from '@/features/subscriptions/server/subscription-actions'
import { ChoiceFields } from './ChoiceFields'

export type ManagedSubscription = { email: string; status: string; sections: string[]; topics: string[]; frequency: string }

type Props = {
  action: (state: ManageState, form: FormData) => Promise<ManageState>
  script: string
  token: string
  /** The subscription the link names, read before the page was drawn (null: none any more). */
  current: ManagedSubscription | null
  text: Record<string, string>
  invalidLink: string
}

/** Confirm, change or end a subscription from the link in an e-mail: no account, no JavaScript needed. */
export function ManageSubscriptionForm({ action, script, token, current, text, invalidLink }: Props) {
  const t = (value: string) => text[value] ?? value
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, `/subscriptions/manage?token=${encodeURIComponent(token)}`)
  const hidden = (
    <>
      <input type="hidden" name="script" value={script} />
      <input type="hidden" name="token" value={token} />
    </>
  )
  return (
    <>
      {state.status === 'done' ? (
        <p className="panel panel--success" role="status">
          {state.notice}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {!current ? (
        state.status === 'done' ? null : <p>{invalidLink}</p>
      ) : current.status === 'pending' ? (
        <form action={formAction} className="manage-form">
          {hidden}
          <p>
            {t('订阅邮箱')}：<strong>{current.email}</strong>
          </p>
          <p>{t('请确认这是您本人的订阅。确认之后，我们才会发送更新提醒。')}</p>
          <button type="submit" name="intent" value="confirm" className="button" disabled={pending}>
            {t('确认订阅')}
          </button>
        </form>
      ) : (
        <>
          <form action={formAction} className="manage-form">
            {hidden}
            <p>
              {t('订阅邮箱')}：<strong>{current.email}</strong>
            </p>
            <ChoiceFields t={t} sections={current.sections} topics={current.topics} frequency={current.frequency} />
            <button type="submit" name="intent" value="save" className="button" disabled={pending}>
              {t('保存')}
            </button>
          </form>
          <form action={formAction} className="manage-form manage-form--leave">
            {hidden}
            <h2>{t('退订')}</h2>
            <p>{t('退订后，您的电子邮箱会从订阅名单中删除。')}</p>
            <button type="submit" name="intent" value="unsubscribe" className="button button--secondary" disabled={pending}>
              {t('退订全部')}
            </button>
          </form>
        </>
      )}
    </>
  )
}
