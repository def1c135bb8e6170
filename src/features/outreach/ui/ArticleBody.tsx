import type { ComponentProps } from 'react'
import { ResponsiveImage } from '@/platform/media/ui/ResponsiveImage'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { RichTextBody } from '@/platform/site-shell/ui/RichTextBody'
import { TagLabels } from './TagLabels'

type Props = {
  script: Script
  summary: string
  image: unknown
  body: ComponentProps<typeof RichTextBody>['data']
  tags: string[] | null | undefined
  /** The way back to the list, label in Simplified. */
  back: { href: string; label: string }
}

/** The body of an outreach article or event page: lead, picture, text, topics and the way back. */
export function ArticleBody({ script, summary, image, body, tags, back }: Props) {
  const t = textIn(script)
  return (
    <>
      <p className="lead">{t(summary)}</p>
      <ResponsiveImage className="content-page__image" image={image} script={script} sizes="(min-width: 46rem) 44rem, 100vw" eager />
      <RichTextBody data={body} script={script} className="prose" />
      <TagLabels tags={tags} script={script} />
      <p>
        <a href={back.href}>{t(back.label)}</a>
      </p>
    </>
  )
}
