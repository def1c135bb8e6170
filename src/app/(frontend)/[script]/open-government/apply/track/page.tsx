import type { Metadata } from 'next'
import { APPLY_PATH, TRACK_PATH } from '@/features/disclosure/server/paths'
import { trackApplicationAction } from '@/features/disclosure/server/track-action'
import { TrackForm } from '@/features/feedback'
import { normaliseTrackingCode } from '@/features/feedback/rules/intake'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'

export const metadata: Metadata = { title: '查询政府信息公开申请', robots: { index: false } }

const TEXT = {
  code: '查询码',
  key: '查询密码',
  submit: '查询',
  status: '当前状态',
  reply: '答复书',
  noReply: '尚未答复。我们会在答复期限内答复您。',
  print: '打印答复书',
  answerLabel: '补正内容',
  answerSubmit: '提交补正',
}

/** The messages' tracking form, on this page's own address and action. */
export default async function TrackApplicationPage({ params, searchParams }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const code = (await searchParams).code
  const prefill = (typeof code === 'string' && normaliseTrackingCode(code, 'GK')) || ''
  const text = Object.fromEntries(Object.entries(TEXT).map(([key, value]) => [key, t(value)]))
  return (
    <div className="prose">
      <Breadcrumbs script={script} trail={[{ href: '/open-government', label: '政府信息公开' }, { href: APPLY_PATH, label: '申请政府信息公开' }]} />
      <h1>{t('查询政府信息公开申请')}</h1>
      <p className="lead">{t('请输入提交申请时得到的查询码（GK 开头）和查询密码。')}</p>
      <TrackForm action={trackApplicationAction} script={script} code={prefill} text={text} permalink={TRACK_PATH} />
    </div>
  )
}
