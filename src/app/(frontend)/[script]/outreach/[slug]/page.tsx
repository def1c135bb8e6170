import { ResponsiveImage } from '@/platform/media/ui/ResponsiveImage'
import { RichTextBody } from '@/platform/site-shell/ui/RichTextBody'
import { OUTREACH_KINDS } from '@/features/outreach/ui/OutreachListItem'
import { TagLabels } from '@/features/outreach/ui/TagLabels'
import { JsonLd } from '@/platform/site-shell/ui/JsonLd'
import { article as articleData } from '@/platform/site-shell/rules/structured-data'
import { imageSources, isImageDoc } from '@/platform/media/responsive-image'
import { serverUrl } from '@/platform/site-shell/server-url'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import { documentPage } from '@/platform/site-shell/document-page'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { getOutreachBySlug } from '@/features/outreach/server/outreach-queries'
import { PublicationNotices } from '@/platform/publishing/ui/PublicationNotices'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'
import { DayTime } from '@/platform/site-shell/ui/DayTime'
import '@/app/(frontend)/content.css'

type Props = PublicPageProps<{ slug: string }>

const page = documentPage('slug', getOutreachBySlug, (article) => ({
  title: article.title,
  description: article.summary,
  path: `/outreach/${article.slug}`,
  section: 'outreach',
  article: { title: article.title, publishedAt: article.publishedAt },
  image: isImageDoc(article.image) ? imageSources(article.image)?.src : null,
}))

export const generateMetadata = page.metadata

export default async function OutreachArticlePage({ params }: Props) {
  const { script, t, doc: article } = await page.open(params)
  const settings = await getSiteSettings()
  const image = isImageDoc(article.image) ? imageSources(article.image)?.src : null
  const data = articleData({
    title: t(article.title),
    url: `${serverUrl()}/outreach/${article.slug}`,
    description: t(article.summary),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    publisher: t(settings.authorityName),
    image: image ? `${serverUrl()}${image}` : null,
  })
  return (
    <article className="content-page">
      <JsonLd data={data} />
      <Breadcrumbs script={script} trail={[{ href: '/outreach', label: '婚育新风' }]} />
      <h1>{t(article.title)}</h1>
      <PublicationNotices doc={article} script={script} />
      <p className="content-item__meta">
        <span>{t(OUTREACH_KINDS[article.kind] ?? '')}</span>
        {article.publishedAt ? (
          <span>
            {t('发布：')}
            <DayTime value={article.publishedAt} />
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
