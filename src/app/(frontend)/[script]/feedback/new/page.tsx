import crypto from 'node:crypto'
import type { Metadata } from 'next'
import { FeedbackForm } from '@/features/feedback/ui/FeedbackForm'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { FEEDBACK_FORM_TEXT } from '@/features/feedback/ui/feedback-form-text'
import { getPolicyBySlug } from '@/features/policies/server/policy-queries'
import { submitFeedbackAction } from '@/features/feedback/server/submit-action'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'

export const metadata: Metadata = { title: '我要留言', robots: { index: false } }

/** `?about=policy:<slug>` preselects the notice the resident came from. */
async function preselected(about: unknown, t: (s: string) => string) {
  if (typeof about !== 'string') return undefined
  const match = about.match(/^policy:([a-z0-9-]{1,80})$/)
  if (!match) return undefined
  const policy = await getPolicyBySlug(match[1])
  return policy ? { value: about, title: t(policy.title) } : undefined
}

export default async function NewFeedbackPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const about = await preselected((await searchParams).about, t)
  const text = Object.fromEntries(Object.entries(FEEDBACK_FORM_TEXT).map(([key, value]) => [key, t(value)]))
  const kinds = FEEDBACK_KINDS.map((kind) => ({ value: kind.value, label: t(kind.label), hint: t(kind.hint) }))
  return (
    <div className="prose">
      <Breadcrumbs script={script} trail={[{ href: '/feedback', label: '互动交流' }]} />
      <h1>{t('我要留言')}</h1>
      <p className="lead">{t('咨询、建议、投诉、表扬或举报，我们会在规定的工作日内答复。紧急情况请直接拨打 12320。')}</p>
      <FeedbackForm action={submitFeedbackAction} script={script} token={crypto.randomUUID()} kinds={kinds} about={about} text={text} />
    </div>
  )
}
