import { PrintButton } from '@/platform/site-shell/ui/PrintButton'
import { RichTextBody } from '@/platform/site-shell/ui/RichTextBody'
import { AttachmentList } from '@/features/policies/ui/AttachmentList'
import { PolicyMetadataTable } from '@/features/policies/ui/PolicyMetadataTable'
import { RelatedPolicies } from '@/features/policies/ui/RelatedPolicies'
import { ValidityBanner } from '@/features/policies/ui/ValidityBanner'
import { lexicalPlainText, type LexicalState } from '@/platform/content/rules/lexical-text'
import { JsonLd } from '@/platform/site-shell/ui/JsonLd'
import { legislation } from '@/features/policies/rules/structured-data'
import { serverUrl } from '@/platform/site-shell/server-url'
import { documentPage } from '@/platform/site-shell/document-page'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { formatDayChinese } from '@/platform/site-shell/format-date'
import { getPolicyBySlug } from '@/features/policies/server/policy-queries'
import { PublicationNotices } from '@/platform/publishing/ui/PublicationNotices'
import { Breadcrumbs } from '@/platform/site-shell/ui/Breadcrumbs'

type Props = PublicPageProps<{ slug: string }>

const page = documentPage('slug', getPolicyBySlug, (policy) => ({
  title: policy.title,
  description: lexicalPlainText(policy.body as LexicalState).slice(0, 120),
  path: `/policies/${policy.slug}`,
  section: 'policies',
  article: { title: policy.title, publishedAt: policy.datePublished, contentSource: policy.issuingAuthority },
}))

export const generateMetadata = page.metadata

export default async function PolicyPage({ params }: Props) {
  const { script, t, doc: policy } = await page.open(params)
  const data = legislation({
    title: t(policy.title),
    url: `${serverUrl()}/policies/${policy.slug}`,
    documentNumber: policy.documentNumber ? t(policy.documentNumber) : null,
    datePublished: policy.datePublished,
    dateWritten: policy.dateWritten,
    issuingAuthority: policy.issuingAuthority ? t(policy.issuingAuthority) : null,
  })
  return (
    <article className="policy">
      <JsonLd data={data} />
      <Breadcrumbs script={script} trail={[{ href: '/policies', label: '政策文件' }]} />
      <ValidityBanner policy={policy} script={script} />
      <h1 className="policy__title">{t(policy.title)}</h1>
      <PublicationNotices doc={policy} script={script} />
      <PolicyMetadataTable policy={policy} script={script} />
      <div className="policy__actions">
        <PrintButton label={t('打印本页')} />
        <a className="button button--secondary" href={`/feedback/new?about=policy:${policy.slug}`}>
          {t('对本文件有疑问？')}
        </a>
      </div>
      {policy.documentNumber ? <p className="policy__number">{t(policy.documentNumber)}</p> : null}
      {policy.addressees ? <p className="policy__addressees">{t(policy.addressees)}：</p> : null}
      <RichTextBody data={policy.body} script={script} className="prose policy__body" />
      <p className="policy__signature">
        {t(policy.issuingAuthority)}
        <br />
        {formatDayChinese(policy.dateWritten)}
      </p>
      <AttachmentList attachments={policy.attachments} script={script} />
      <RelatedPolicies related={policy.related} script={script} />
    </article>
  )
}
