import crypto from 'node:crypto'
import { PrintButton } from '@/platform/site-shell/ui/PrintButton'
import { UsefulnessBox } from '@/features/usefulness/ui/UsefulnessBox'
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
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { faqPage } from '@/platform/site-shell/rules/structured-data'
import { findNoticeQuestions } from '@/features/replies/server/published-replies'
import { NoticeQuestions } from '@/features/replies/ui/NoticeQuestions'
import { NoticeQuestionForm } from '@/features/feedback/ui/NoticeQuestionForm'
import { askAboutNoticeAction } from '@/features/feedback/server/ask-action'
import { FEEDBACK_FORM_TEXT } from '@/features/feedback/ui/feedback-form-text'
import { noticeQuestionSubject } from '@/features/feedback/rules/intake'
import { replyLimits } from '@/features/feedback/server/reply-limits'

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
  const [questions, limits] = await Promise.all([findNoticeQuestions(policy.id), replyLimits()])
  const url = `${serverUrl()}/policies/${policy.slug}`
  const text = Object.fromEntries(Object.entries(FEEDBACK_FORM_TEXT).map(([key, value]) => [key, t(value)]))
  const legislationData = legislation({
    title: t(policy.title),
    url,
    documentNumber: policy.documentNumber ? t(policy.documentNumber) : null,
    datePublished: policy.datePublished,
    dateWritten: policy.dateWritten,
    issuingAuthority: policy.issuingAuthority ? t(policy.issuingAuthority) : null,
  })
  // The notice's own data, and its residents' questions as an FAQ once any is published.
  const data = questions.length > 0 ? [legislationData, faqPage(questions.map((q) => ({ question: t(q.question), answer: t(q.answer) })), url)] : legislationData
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
      <PageSection script={script} id="questions-title" heading="政策问答">
        <NoticeQuestions questions={questions} script={script} />
      </PageSection>
      <PageSection script={script} id="ask-title" heading="对本文件有疑问？">
        <p>{t(`请在这里提问，我们会在收到后 ${limits.consultation} 个工作日内答复（节假日不计）。需要上传附件时，请使用`)}<a href={`/feedback/new?about=policy:${policy.slug}`}>{t('完整的留言表单')}</a>{t('。')}</p>
        <NoticeQuestionForm action={askAboutNoticeAction} script={script} token={crypto.randomUUID()} slug={policy.slug ?? ''} subject={noticeQuestionSubject(t(policy.title))} text={text} />
      </PageSection>
      <UsefulnessBox path={`/policies/${policy.slug}`} script={script} />
    </article>
  )
}
