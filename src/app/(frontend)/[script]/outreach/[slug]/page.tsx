import { OUTREACH_KINDS } from '@/features/outreach/ui/OutreachListItem'
import { UsefulnessBox } from '@/features/usefulness/ui/UsefulnessBox'
import { ArticleBody } from '@/features/outreach/ui/ArticleBody'
import { article as articleData } from '@/platform/site-shell/rules/structured-data'
import { imageSources, isImageDoc } from '@/platform/media/responsive-image'
import { serverUrl } from '@/platform/site-shell/server-url'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import { documentPage } from '@/platform/site-shell/document-page'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { getOutreachBySlug } from '@/features/outreach/server/outreach-queries'
import { DocumentHeader } from '@/platform/site-shell/ui/DocumentHeader'
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
      <DocumentHeader script={script} data={data} trail={[{ href: '/outreach', label: '婚育新风' }]} title={article.title} doc={article} />
      <p className="content-item__meta">
        <span>{t(OUTREACH_KINDS[article.kind] ?? '')}</span>
        {article.publishedAt ? (
          <span>
            {t('发布：')}
            <DayTime value={article.publishedAt} />
          </span>
        ) : null}
      </p>
      <ArticleBody script={script} article={article} body={article.body} back={{ href: '/outreach', label: '返回婚育新风' }} />
      <UsefulnessBox path={`/outreach/${article.slug}`} script={script} />
    </article>
  )
}
