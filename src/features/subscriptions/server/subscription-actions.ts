'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import { readChoice, readSubscribeForm } from '@/features/subscriptions/rules/subscription-choice'
import { isScript, inScript } from '@/platform/site-shell/chinese-script'
import { consumeRequestLimits } from '@/platform/security/request-limits'
import { changeByLink, confirmByLink, LINK_NOT_VALID, unsubscribeByLink } from './manage-subscription'
import { requestSubscription } from './request-subscription'

export type SubscribeValues = { email: string; sections: string[]; topics: string[]; frequency: string }

export type SubscribeState =
  | { status: 'idle' }
  | { status: 'error'; message: string; field: 'email' | 'choice' | 'form'; values: SubscribeValues }
  | { status: 'sent'; email: string }

export type ManageState = { status: 'idle' } | { status: 'done'; notice: string } | { status: 'error'; message: string }

const scriptOf = (form: FormData) => (isScript(form.get('script')) ? (form.get('script') as 'hans' | 'hant') : 'hans')
const strings = (form: FormData, name: string) => form.getAll(name).filter((value): value is string => typeof value === 'string').slice(0, 20)

/** The subscribe form: works as a plain POST without JavaScript; counted once it is well-formed. */
export async function subscribeAction(_previous: SubscribeState, form: FormData): Promise<SubscribeState> {
  const t = (text: string) => inScript(scriptOf(form), text)
  const values: SubscribeValues = {
    email: String(form.get('email') ?? '').slice(0, 300),
    sections: strings(form, 'sections'),
    topics: strings(form, 'topics'),
    frequency: String(form.get('frequency') ?? ''),
  }
  const read = readSubscribeForm(values)
  if (!read.ok) return { status: 'error', message: t(read.message), field: read.field, values }
  const wait = await consumeRequestLimits(['subscribe', 'subscribeSiteWide'], await headers())
  if (wait > 0) return { status: 'error', field: 'form', values, message: t(`提交过于频繁，请在约 ${Math.max(1, Math.ceil(wait / 60))} 分钟后再试。`) }
  try {
    await requestSubscription(await getPayload({ config }), read.email, read.choice)
  } catch (error) {
    console.error('a subscription request failed', error)
    return { status: 'error', field: 'form', values, message: t('暂时无法处理您的订阅，请稍后再试。') }
  }
  return { status: 'sent', email: read.email }
}

/** The manage page's three buttons (confirm, save the choice, unsubscribe), all with the link's token. */
export async function manageSubscriptionAction(_previous: ManageState, form: FormData): Promise<ManageState> {
  const t = (text: string) => inScript(scriptOf(form), text)
  const token = form.get('token')
  const payload = await getPayload({ config })
  const intent = form.get('intent')
  if (intent === 'unsubscribe') {
    const removed = await unsubscribeByLink(payload, token)
    return removed ? { status: 'done', notice: t('已退订。您的电子邮箱已从订阅名单中删除，今后不会再收到本站的更新提醒。') } : { status: 'error', message: t(LINK_NOT_VALID) }
  }
  if (intent === 'confirm') {
    const confirmed = await confirmByLink(payload, token)
    return confirmed ? { status: 'done', notice: t('订阅已确认。有更新时我们会按您选择的方式发送邮件。') } : { status: 'error', message: t(LINK_NOT_VALID) }
  }
  const choice = readChoice({ sections: strings(form, 'sections'), topics: strings(form, 'topics'), frequency: form.get('frequency') })
  if (!choice.ok) return { status: 'error', message: t(`${choice.message}如不再需要任何提醒，请点击“退订全部”。`) }
  const changed = await changeByLink(payload, token, choice.choice)
  return changed ? { status: 'done', notice: t('已保存您的订阅内容。') } : { status: 'error', message: t(LINK_NOT_VALID) }
}
