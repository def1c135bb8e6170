import type { Metadata } from 'next'
import { getOpenGovernmentPage } from '@/features/open-government-hub/server/guide-queries'
import { GuideParts } from '@/features/open-government-hub/ui/GuideParts'
import { pageReader } from '@/platform/publishing/preview/reader'
import { pageMetadata } from '@/platform/site-shell/page-metadata'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { readerScript } from '@/platform/site-shell/reader-script'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'
import { DocumentHeader } from '@/platform/site-shell/ui/DocumentHeader'
import '@/app/(frontend)/content.css'

const TRAIL = [{ href: '/open-government', label: '政府信息公开' }]

export async function generateMetadata({ params }: PublicPageProps): Promise<Metadata> {
  const guide = await getOpenGovernmentPage('guide', await pageReader())
  return pageMetadata({
    script: (await params).script,
    title: guide?.title ?? '政府信息公开指南',
    description: guide?.summary ?? undefined,
    path: '/open-government/guide',
    section: 'open-government',
  })
}

/** 政府信息公开指南 at its fixed address, as staff published it through the desk. */
export default async function DisclosureGuidePage({ params }: PublicPageProps) {
  const { script, t } = await readerScript(params)
  const guide = await getOpenGovernmentPage('guide', await pageReader())
  if (!guide) {
    return (
      <div className="prose">
        <Breadcrumbs script={script} trail={TRAIL} />
        <h1>{t('政府信息公开指南')}</h1>
        <p className="notice">{t('公开指南正在修订。需要了解如何申请政府信息公开，请拨打 12320 咨询，或直接提交公开申请。')}</p>
        <p>
          <a href="/open-government/apply">{t('申请政府信息公开')}</a>
        </p>
      </div>
    )
  }
  return (
    <article className="content-page">
      <DocumentHeader script={script} trail={TRAIL} title={guide.title} doc={guide} />
      {guide.example ? (
        <p className="notice" role="note">
          <strong>{t('示例')}</strong>
          {t('：本页内容用来演示公开指南的样式，未经核实，以本机关正式发布的指南为准。')}
        </p>
      ) : null}
      <p className="lead">{t(guide.summary)}</p>
      <GuideParts script={script} guide={guide} />
      <p>
        <a href="/open-government/apply">{t('申请政府信息公开')}</a>
      </p>
    </article>
  )
}
