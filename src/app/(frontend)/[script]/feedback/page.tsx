import { HotlineBox } from '@/platform/site-shell/ui/HotlineBox'
import { LinkList } from '@/platform/site-shell/ui/lists/LinkList'
import { FEEDBACK_KINDS } from '@/features/feedback/rules/intake'
import { sectionPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { getSiteSettings } from '@/platform/site-shell/site-settings'

export const generateMetadata = sectionPageMetadata('feedback', {
  description: '咨询、建议、投诉、表扬和举报：每条留言都有查询码，可随时查看办理进度和答复。',
  types: { 'application/atom+xml': '/feeds/replies.xml' },
})

const TASKS = [
  { href: '/feedback/new', label: '我要留言' },
  { href: '/feedback/track', label: '查询办理进度' },
  { href: '/feedback/replies', label: '留言选登' },
]

export default async function FeedbackHome({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const settings = await getSiteSettings()
  return (
    <div className="prose">
      <h1>{t('互动交流')}</h1>
      <p className="lead">
        {t('您对人口和计划生育工作的咨询、建议、投诉、表扬和举报，我们都认真对待：每条留言都有查询码，您可以随时查看办理进度和答复。')}
      </p>
      <LinkList script={script} links={TASKS} className="task-list" linkClassName="task-list__link" />
      <h2>{t('可以留言的类型')}</h2>
      <dl className="kind-list">
        {FEEDBACK_KINDS.map((kind) => (
          <div key={kind.value}>
            <dt>{t(kind.label)}</dt>
            <dd>{t(kind.hint)}</dd>
          </div>
        ))}
      </dl>
      <HotlineBox script={script} hotlines={settings.hotlines ?? []} />
    </div>
  )
}
