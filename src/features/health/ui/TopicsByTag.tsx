import { CONTENT_TAGS } from '@/platform/content/rules/content-tags'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { HealthTopicList } from './HealthTopicList'

type Topic = { id: number | string; slug?: string | null; title: string; summary: string; tags?: string[] | null }

/** The topics grouped by theme, in the fixed order of the themes, with a jump list; untagged last. */
export function TopicsByTag({ topics, script }: { topics: Topic[]; script: Script }) {
  const t = textIn(script)
  // Each topic once, under its first tag (the one its editor put first): a page tagged 艾滋病防治
  // and 流动人口 is not listed twice.
  const primary = (topic: Topic) => topic.tags?.find((tag) => CONTENT_TAGS.some((known) => known.value === tag))
  const groups = CONTENT_TAGS.map((tag) => ({ ...tag, topics: topics.filter((topic) => primary(topic) === tag.value) })).filter(
    (group) => group.topics.length > 0,
  )
  const untagged = topics.filter((topic) => !primary(topic))
  return (
    <>
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
        <PageSection key={group.value} script={script} id={`topic-${group.value}`} heading={group.label}>
          <HealthTopicList topics={group.topics} script={script} />
        </PageSection>
      ))}
      {untagged.length > 0 ? (
        <PageSection script={script} id="topic-other" heading="其他">
          <HealthTopicList topics={untagged} script={script} />
        </PageSection>
      ) : null}
    </>
  )
}
