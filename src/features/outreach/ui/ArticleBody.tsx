import type { ComponentProps } from 'react'
import { ResponsiveImage } from '@/platform/media/ui/ResponsiveImage'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { RichTextBody } from '@/platform/site-shell/ui/RichTextBody'
import { TagLabels } from './TagLabels'

type Props = {
  script: Script
  article: { summary: string; image?: unknown; tags?: string[] | null }
  body: ComponentProps<typeof RichTextBody>['data']
  /** The way back to the list, label in Simplified. */
  back: { href: string; label: string }
}

/** The body of an outreach article or event page: lead, picture, text, topics and the way back. */
export function ArticleBody({ script, article, body, back }: Props) {
  const t = textIn(script)
  return (
    <>
      <p className="lead">{t(article.summary)}</p>
      <ResponsiveImage className="content-page__image" image={article.image} script={script} sizes="(min-width: 46rem) 44rem, 100vw" eager />
      <RichTextBody data={body} script={script} className="prose" />
      <TagLabels tags={article.tags} script={script} />
      <p>
        <a href={back.href}>{t(back.label)}</a>
      </p>
    </>
  )
}
