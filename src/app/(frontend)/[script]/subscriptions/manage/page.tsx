import type { Metadata } from 'next'
import config from '@payload-config'
import { getPayload } from 'payload'
import { findByLink, LINK_NOT_VALID } from '@/features/subscriptions/server/manage-subscription'
import { manageSubscriptionAction } from '@/features/subscriptions/server/subscription-actions'
import { CHOICE_TEXT } from '@/features/subscriptions/ui/ChoiceFields'
import { MANAGE_TEXT } from '@/features/subscriptions/ui/form-text'
import { ManageSubscriptionForm } from '@/features/subscriptions/ui/ManageSubscriptionForm'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'

// The token is a key to one subscription: kept out of search engines and other sites' logs.
export const metadata: Metadata = { title: '管理我的订阅', robots: { index: false }, referrer: 'no-referrer' }

export default async function ManageSubscriptionPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const raw = (await searchParams).token
  const token = typeof raw === 'string' ? raw.slice(0, 120) : ''
  const found = token ? await findByLink(await getPayload({ config }), token) : null
  const current = found
    ? { email: found.email, status: found.status, sections: found.sections ?? [], topics: found.topics ?? [], frequency: found.frequency }
    : null
  const text = Object.fromEntries([...MANAGE_TEXT, ...CHOICE_TEXT].map((value) => [value, t(value)]))
  return (
    <div className="prose">
      <h1>{t('管理我的订阅')}</h1>
      <ManageSubscriptionForm
        action={manageSubscriptionAction}
        script={script}
        token={token}
        current={current}
        text={text}
        invalidLink={t(LINK_NOT_VALID)}
      />
      <p>
        <a href="/subscriptions">{t('重新订阅或订阅其他内容')}</a>
      </p>
    </div>
  )
}
