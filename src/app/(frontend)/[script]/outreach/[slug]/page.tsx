import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichTextBody } from '@/components/RichTextBody'
import { OUTREACH_KINDS } from '@/components/outreach/OutreachListItem'
import { TagLabels } from '@/components/outreach/TagLabels'
import { isScript, SCRIPTS, textIn, type Script } from '@/lib/chinese-script'
import { formatDay, formatDayTime } from '@/lib/format-date'
import { getOutreachBySlug, publishedOutreachSlugs } from '@/lib/outreach-queries'
import '../../../content.css'

type Props = { params: Promise<{ script: string; slug: string }> }

// Known articles are prerendered; newer ones render on first visit, and publishing refreshes them.
export const dynamicParams = true

export async function generateStaticParams() {
  const slugs = await publishedOutreachSlugs(200)
  return SCRIPTS.flatMap((script) => slugs.map(({ slug }) => ({ script, slug: slug ?? '' }))).filter((p) => p.slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { script: raw, slug } = await params
  const article = await getOutreachBySlug(slug)
  if (!article) return {}
  const t = textIn(isScript(raw) ? raw : 'hans')
  return {
    title: t(article.title),
    description: t(article.summary),
    alternates: { canonical: `/outreach/${article.slug}` },
    other: { ArticleTitle: t(article.title), PubDate: formatDayTime(article.publishedAt), ColumnName: t('婚育新风'), ColumnType: t('婚育新风') },
  }
}

export default async function OutreachArticlePage({ params }: Props) {
  const { script: raw, slug } = await params
  const script: Script = isScript(raw) ? raw : 'hans'
  const article = await getOutreachBySlug(slug)
  if (!article) notFound()
  const t = textIn(script)
  return (
    <article className="content-page">
      <nav className="breadcrumbs" aria-label={t('当前位置')}>
        <a href="/">{t('首页')}</a> › <a href="/outreach">{t('婚育新风')}</a>
      </nav>
      <h1>{t(article.title)}</h1>
      <p className="content-item__meta">
        <span>{t(OUTREACH_KINDS[article.kind] ?? '')}</span>
        {article.publishedAt ? (
          <span>
            {t('发布：')}
            <time dateTime={formatDay(article.publishedAt)}>{formatDay(article.publishedAt)}</time>
          </span>
        ) : null}
      </p>
      <p className="lead">{t(article.summary)}</p>
      <ResponsiveImage className="content-page__image" image={article.image} script={script} sizes="(min-width: 46rem) 44rem, 100vw" eager />
      <RichTextBody data={article.body} script={script} className="prose" />
      <TagLabels tags={article.tags} script={script} />
      <p>
        <a href="/outreach">{t('返回婚育新风')}</a>
      </p>
    </article>
  )
}
