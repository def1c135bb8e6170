import { ResponsiveImage } from '@/platform/media/ui/ResponsiveImage'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { TagLabels } from './TagLabels'
import { DayTime } from '@/platform/site-shell/ui/DayTime'

export const OUTREACH_KINDS: Record<string, string> = { story: '宣传故事', guide: '指引', activity: '活动通知' }

type Article = { title: string; slug?: string | null; kind: string; summary: string; tags?: string[] | null; publishedAt?: string | null; image?: unknown }

export function OutreachListItem({ article, script }: { article: Article; script: Script }) {
  const t = textIn(script)
  return (
    <li className="content-item">
      <ResponsiveImage className="content-item__image" image={article.image} script={script} sizes="(min-width: 40rem) 12rem, 100vw" />
      <div>
        <h2 className="content-item__title">
          <a href={`/outreach/${article.slug}`}>{t(article.title)}</a>
        </h2>
        <p className="content-item__meta">
          <span>{t(OUTREACH_KINDS[article.kind] ?? '')}</span>
          {article.publishedAt ? <DayTime value={article.publishedAt} /> : null}
        </p>
        <p>{t(article.summary)}</p>
        <TagLabels tags={article.tags} script={script} />
      </div>
    </li>
  )
}
