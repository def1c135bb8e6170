import type { Metadata } from 'next'
import { TrackForm } from '@/features/feedback/ui/TrackForm'
import { normaliseTrackingCode } from '@/features/feedback/rules/intake'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { trackFeedbackAction } from '@/features/feedback/server/track-actions'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'

export const metadata: Metadata = { title: '查询办理进度', robots: { index: false } }

const TEXT = {
  code: '查询码',
  key: '查询密码',
  submit: '查询',
  status: '当前状态',
  reply: '答复',
  noReply: '尚未答复。我们会在规定的工作日内答复您。',
  yourRating: '您的评价',
  rateLegend: '您对这次答复满意吗？',
  satisfied: '满意',
  basically: '基本满意',
  unsatisfied: '不满意',
  ratingComment: '意见和建议（选填，请勿填写个人信息）',
  rateSubmit: '提交评价',
  reopenHint: '如果您对答复不满意，可以申请重新办理一次。',
  reopen: '申请重新办理',
}

export default async function TrackPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const code = (await searchParams).code
  const prefill = (typeof code === 'string' && normaliseTrackingCode(code)) || ''
  const text = Object.fromEntries(Object.entries(TEXT).map(([key, value]) => [key, t(value)]))
  return (
    <div className="prose">
      <Breadcrumbs script={script} trail={[{ href: '/feedback', label: '互动交流' }]} />
      <h1>{t('查询办理进度')}</h1>
      <p className="lead">{t('请输入提交留言时得到的查询码和查询密码。')}</p>
      <TrackForm action={trackFeedbackAction} script={script} code={prefill} text={text} />
    </div>
  )
}
