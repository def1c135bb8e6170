import { HotlineBox } from '@/platform/site-shell/ui/HotlineBox'
import { TopicsByTag } from '@/features/health/ui/TopicsByTag'
import { sectionPageMetadata } from '@/platform/site-shell/page-metadata'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { allHealthTopics } from '@/features/health/server/health-queries'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'
import '@/app/(frontend)/content.css'

export const generateMetadata = sectionPageMetadata('health', {
  description: '生殖健康、避孕节育和艾滋病防治知识，由医学专家审核，并告诉您到哪里获得免费服务。',
  types: { 'application/atom+xml': '/feeds/health.xml' },
})

export default async function HealthPage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const [topics, settings] = await Promise.all([allHealthTopics(), getSiteSettings()])
  return (
    <>
      <Breadcrumbs script={script} trail={[{ label: '健康与防艾' }]} />
      <h1>{t('健康与防艾')}</h1>
      <p className="lead">{t('生殖健康、避孕节育和艾滋病防治知识。每页都由医学专业人员审核，并注明审核日期。')}</p>
      <p className="privacy-note">{t('阅读这些页面不需要登录，也不需要提供任何个人信息；本站不使用访问统计或跟踪工具。')}</p>
      <TopicsByTag topics={topics} script={script} />
      {topics.length === 0 ? <p className="notice">{t('内容正在整理中，请先拨打下面的热线咨询。')}</p> : null}
      <HotlineBox script={script} hotlines={settings.hotlines ?? []} />
    </>
  )
}
