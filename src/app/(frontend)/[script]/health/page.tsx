import { HotlineBox } from '@/platform/site-shell/ui/HotlineBox'
import { CONTENT_TAGS } from '@/platform/content/rules/content-tags'
import { sectionPageMetadata } from '@/platform/site-shell/page-metadata'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { readerScript } from '@/platform/site-shell/reader-script'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { allHealthTopics } from '@/features/health/server/health-queries'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'
import '@/app/(frontend)/content.css'

export const generateMetadata = sectionPageMetadata('health')

type Topic = Awaited<ReturnType<typeof allHealthTopics>>[number]

function TopicList({ topics, script }: { topics: Topic[]; script: Script }) {
  const t = textIn(script)
  return (
    <ul className="content-list">
      {topics.map((topic) => (
        <li key={topic.id} className="content-item">
          <div>
            <h3 className="content-item__title">
              <a href={`/health/${topic.slug}`}>{t(topic.title)}</a>
            </h3>
            <p>{t(topic.summary)}</p>
          </div>
        </li>
      ))}
    </ul>
  )
}

export default async function HealthPage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const [topics, settings] = await Promise.all([allHealthTopics(), getSiteSettings()])
  const groups = CONTENT_TAGS.map((tag) => ({ ...tag, topics: topics.filter((topic) => topic.tags?.includes(tag.value)) })).filter(
    (group) => group.topics.length > 0,
  )
  const untagged = topics.filter((topic) => !topic.tags || topic.tags.length === 0)
  return (
    <>
      <Breadcrumbs script={script} trail={[{ label: '健康与防艾' }]} />
      <h1>{t('健康与防艾')}</h1>
      <p className="lead">{t('生殖健康、避孕节育和艾滋病防治知识。每页都由医学专业人员审核，并注明审核日期。')}</p>
      <p className="privacy-note">{t('阅读这些页面不需要登录，也不需要提供任何个人信息；本站不使用访问统计或跟踪工具。')}</p>
      {groups.length > 0 ? (
        <nav aria-label={t('按主题浏览')}>
          <ul className="tag-labels">
            {groups.map((group) => (
              <li key={group.value}>
                <a className="tag" href={`#topic-${group.value}`}>
                  {t(group.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((group) => (
        <section key={group.value} aria-labelledby={`topic-${group.value}`}>
          <h2 id={`topic-${group.value}`}>{t(group.label)}</h2>
          <TopicList topics={group.topics} script={script} />
        </section>
      ))}
      {untagged.length > 0 ? (
        <section aria-labelledby="topic-other">
          <h2 id="topic-other">{t('其他')}</h2>
          <TopicList topics={untagged} script={script} />
        </section>
      ) : null}
      {topics.length === 0 ? <p className="notice">{t('内容正在整理中，请先拨打下面的热线咨询。')}</p> : null}
      <HotlineBox script={script} hotlines={settings.hotlines ?? []} />
    </>
  )
}
