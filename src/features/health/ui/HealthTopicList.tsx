import type { Script } from '@/platform/site-shell/chinese-script'
import { SummaryList } from '@/platform/site-shell/ui/lists/SummaryList'

type Topic = { id: number | string; slug?: string | null; title: string; summary: string }

export function HealthTopicList({ topics, script }: { topics: Topic[]; script: Script }) {
  const items = topics.map((topic) => ({ id: topic.id, href: `/health/${topic.slug}`, title: topic.title, summary: topic.summary }))
  return <SummaryList script={script} items={items} />
}
