import { HotlineBox } from '@/platform/site-shell/ui/HotlineBox'
import { UsefulnessBox } from '@/features/usefulness/ui/UsefulnessBox'
import { RichTextBody } from '@/platform/site-shell/ui/RichTextBody'
import { FaqList } from '@/features/health/ui/FaqList'
import { LeafletList } from '@/features/health/ui/LeafletList'
import { ReviewInfo } from '@/features/health/ui/ReviewInfo'
import { ReviewNotice } from '@/features/health/ui/ReviewNotice'
import { StationsOffering } from '@/features/health/ui/StationsOffering'
import { documentPage } from '@/platform/site-shell/document-page'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { getHealthTopicBySlug, stationsOffering } from '@/features/health/server/health-queries'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import type { Service } from '@/payload-types'
import { DocumentHeader } from '@/platform/site-shell/ui/DocumentHeader'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import '@/app/(frontend)/content.css'
import '@/features/stations/ui/stations.css'

type Props = PublicPageProps<{ slug: string }>

const page = documentPage('slug', getHealthTopicBySlug, (topic) => ({
  title: topic.title,
  description: topic.summary,
  path: `/health/${topic.slug}`,
  section: 'health',
  article: { title: topic.title, publishedAt: topic.lastReviewedAt },
  noReferrer: Boolean(topic.sensitive),
}))

export const generateMetadata = page.metadata

const isService = (value: number | Service): value is Service => typeof value === 'object' && value !== null

export default async function HealthTopicPage({ params }: Props) {
  const { script, t, doc: topic } = await page.open(params)
  const services = (topic.relatedServices ?? []).filter(isService)
  const [stations, settings] = await Promise.all([stationsOffering(services.map((service) => service.id)), getSiteSettings()])
  return (
    <article className="content-page health-topic">
      <DocumentHeader script={script} trail={[{ href: '/health', label: '健康与防艾' }]} title={topic.title} doc={topic} />
      <ReviewNotice nextReviewDueAt={topic.nextReviewDueAt} script={script} now={new Date()} />
      <p className="lead">{t(topic.summary)}</p>
      {topic.keyFacts && topic.keyFacts.length > 0 ? (
        <PageSection script={script} id="key-facts-title" heading="要点" className="key-facts">
          <ul>
            {topic.keyFacts.map((item, i) => (
              <li key={item.id ?? i}>{t(item.fact)}</li>
            ))}
          </ul>
        </PageSection>
      ) : null}
      {(topic.sections ?? []).map((section, i) => (
        <PageSection key={section.id ?? i} script={script} id={`section-${i}`} heading={section.heading}>
          <RichTextBody data={section.body} script={script} className="prose" />
        </PageSection>
      ))}
      <FaqList faq={topic.faq} script={script} />
      <LeafletList leaflets={topic.leaflets} script={script} />
      {services.length > 0 ? <StationsOffering stations={stations} serviceNames={services.map((service) => service.name)} script={script} /> : null}
      <HotlineBox script={script} hotlines={settings.hotlines ?? []} />
      {topic.sensitive ? (
        <p className="privacy-note">
          {t('浏览本页无需提供姓名、电话等任何个人信息，本站不使用访问统计或跟踪工具。到服务网点咨询和检测时，工作人员会为您保密。')}
        </p>
      ) : (
        <p>
          <a href="/feedback/new">{t('对本页内容有疑问？在线咨询')}</a>
        </p>
      )}
      <ReviewInfo reviewer={topic.medicalReviewer} lastReviewedAt={topic.lastReviewedAt} nextReviewDueAt={topic.nextReviewDueAt} script={script} />
      {/* A sensitive topic asks nothing of its reader, not even whether it helped (no form at all). */}
      {topic.sensitive ? null : <UsefulnessBox path={`/health/${topic.slug}`} script={script} />}
    </article>
  )
}
