import crypto from 'node:crypto'
import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { FeedbackForm } from '@/features/feedback/ui/FeedbackForm'
import { FeedbackSuccess } from '@/features/feedback/ui/FeedbackSuccess'
import { openReceipt, RECEIPT_COOKIE } from '@/features/feedback/server/receipt-cookie'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { FEEDBACK_FORM_TEXT } from '@/features/feedback/ui/feedback-form-text'
import { getPolicyBySlug } from '@/features/policies/server/policy-queries'
import { submitFeedbackAction } from '@/features/feedback/server/submit-action'
import { replyLimits } from '@/features/feedback/server/reply-limits'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'

const savedReceipt = async () => openReceipt((await cookies()).get(RECEIPT_COOKIE)?.value)

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await savedReceipt()) ? FEEDBACK_FORM_TEXT.successTitle : '我要留言', robots: { index: false } }
}

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
  // Just sent (with or without JavaScript) or reloaded since: the code and key come first.
  const receipt = await savedReceipt()
  if (receipt) return <FeedbackSuccess {...receipt} text={text} headingLevel={1} />
  // The promise in numbers, from the same settings the deadlines are computed with.
  const limits = await replyLimits()
  const kinds = FEEDBACK_KINDS.map((kind) => ({
    value: kind.value,
    label: t(kind.label),
    hint: t(`${kind.hint}收到后 ${limits[kind.value]} 个工作日内答复。`),
  }))
  return (
    <div className="prose">
      <Breadcrumbs script={script} trail={[{ href: '/feedback', label: '互动交流' }]} />
      <h1>{t('我要留言')}</h1>
      <p className="lead">{t(`咨询、建议、投诉、表扬或举报，我们会在收到后 ${limits.acceptance} 个工作日内受理，并在各类留言注明的工作日内答复（节假日不计）。紧急情况请直接拨打 12320。`)}</p>
      <FeedbackForm action={submitFeedbackAction} script={script} token={crypto.randomUUID()} kinds={kinds} about={about} text={text} />
    </div>
  )
}
