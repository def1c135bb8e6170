import { governmentService } from '@/features/guides/rules'
import { UsefulnessBox } from '@/features/usefulness/ui/UsefulnessBox'
import { getGuideBySlug } from '@/features/guides/server/guide-queries'
import { GuideChecklist } from '@/features/guides/ui/GuideChecklist'
import { GuideFacts } from '@/features/guides/ui/GuideFacts'
import { GuideSteps } from '@/features/guides/ui/GuideSteps'
import { stationsOffering } from '@/features/health/server/health-queries'
import { FaqList } from '@/features/health/ui/FaqList'
import { StationsOffering } from '@/features/health/ui/StationsOffering'
import type { PolicyNotice, Service } from '@/payload-types'
import { documentPage } from '@/platform/site-shell/document-page'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { serverUrl } from '@/platform/site-shell/server-url'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import { DocumentHeader } from '@/platform/site-shell/ui/DocumentHeader'
import { HotlineBox } from '@/platform/site-shell/ui/HotlineBox'
import { JsonLd } from '@/platform/site-shell/ui/JsonLd'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { PrintButton } from '@/platform/site-shell/ui/PrintButton'
import '@/app/(frontend)/content.css'
import '@/features/stations/ui/stations.css'
import '@/features/guides/ui/guides.css'

type Props = PublicPageProps<{ slug: string }>

const page = documentPage('slug', getGuideBySlug, (guide) => ({
  title: guide.title,
  description: guide.summary,
  path: `/guides/${guide.slug}`,
  section: 'guides',
}))

export const generateMetadata = page.metadata

const isService = (value: number | Service): value is Service => typeof value === 'object' && value !== null
const isNotice = (value: number | PolicyNotice): value is PolicyNotice => typeof value === 'object' && value !== null

export default async function GuidePage({ params }: Props) {
  const { script, t, doc: guide } = await page.open(params)
  const services = (guide.services ?? []).filter(isService)
  const notices = (guide.legalBasis ?? []).filter(isNotice)
  const [stations, settings] = await Promise.all([stationsOffering(services.map((service) => service.id)), getSiteSettings()])
  const structured = governmentService({
    title: t(guide.title),
    summary: t(guide.summary),
    url: `${serverUrl()}/guides/${guide.slug}`,
    provider: settings.authorityName,
    audience: t(guide.audience),
    onlineUrl: guide.online?.url,
    phone: guide.phone,
  })
  return (
    <article className="content-page guide-page">
      <DocumentHeader script={script} trail={[{ href: '/guides', label: '办事指南' }]} title={guide.title} doc={guide} />
      {guide.example ? (
        <p className="notice guide-example" role="note">
          <strong>{t('示例')}</strong>
          {t('：本页用来演示办事指南的样式，条件、材料和时限未经核实，办理前请拨打咨询电话或到窗口确认。')}
        </p>
      ) : null}
      <p className="lead">{t(guide.summary)}</p>
      <GuideFacts script={script} audience={guide.audience} timeLimit={guide.timeLimit} fee={guide.fee} hours={guide.hours} phone={guide.phone} online={guide.online} />
      <PageSection script={script} id="conditions-title" heading="办理条件">
        <ul>
          {(guide.conditions ?? []).map((item, i) => (
            <li key={item.id ?? i}>{t(item.text)}</li>
          ))}
        </ul>
      </PageSection>
      <GuideChecklist script={script} title={guide.title} materials={guide.materials ?? []} timeLimit={guide.timeLimit} phone={guide.phone} />
      <p className="guide-print">
        <PrintButton label={t('打印材料清单')} />
      </p>
      <GuideSteps script={script} steps={guide.steps ?? []} />
      {services.length > 0 ? <StationsOffering stations={stations} serviceNames={services.map((service) => service.name)} script={script} heading="办理地点" /> : null}
      {notices.length > 0 ? (
        <PageSection script={script} id="basis-title" heading="法律依据">
          <ul>
            {notices.map((notice) => (
              <li key={notice.id}>
                <a href={`/policies/${notice.slug}`}>{t(notice.title)}</a>
                {notice.documentNumber ? `（${t(notice.documentNumber)}）` : null}
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}
      <FaqList faq={guide.faq} script={script} />
      <HotlineBox script={script} hotlines={settings.hotlines ?? []} />
      <p>
        <a href="/feedback/new">{t('对办理有疑问？在线咨询')}</a>
      </p>
      <JsonLd data={structured} />
      <UsefulnessBox path={`/guides/${guide.slug}`} script={script} />
    </article>
  )
}
