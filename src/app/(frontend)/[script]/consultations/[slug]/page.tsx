import { article as articleData } from '@/platform/site-shell/rules/structured-data'
import { serverUrl } from '@/platform/site-shell/server-url'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import { documentPage } from '@/platform/site-shell/document-page'
import type { PublicPageProps } from '@/platform/site-shell/page-props'
import { DocumentHeader } from '@/platform/site-shell/ui/DocumentHeader'
import { DayTime } from '@/platform/site-shell/ui/DayTime'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { RichTextBody } from '@/platform/site-shell/ui/RichTextBody'
import { consultationPhase, phaseSentence } from '@/features/consultations/rules'
import { commentsReceived, getConsultationBySlug, publishedCommentsOf } from '@/features/consultations/server/consultation-queries'
import { submitCommentAction } from '@/features/consultations/server/comment-action'
import { CommentForm } from '@/features/consultations/ui/CommentForm'
import { COMMENT_FORM_TEXT } from '@/features/consultations/ui/comment-form-text'
import { ConsultationOutcome } from '@/features/consultations/ui/ConsultationOutcome'
import { PublishedComments } from '@/features/consultations/ui/PublishedComments'
import '@/app/(frontend)/content.css'

type Props = PublicPageProps<{ slug: string }>

const page = documentPage('slug', getConsultationBySlug, (consultation) => ({
  title: consultation.title,
  description: consultation.summary,
  path: `/consultations/${consultation.slug}`,
  section: 'consultations',
  article: { title: consultation.title, publishedAt: consultation.opensOn, contentSource: consultation.department },
}))

export const generateMetadata = page.metadata

export default async function ConsultationPage({ params }: Props) {
  const { script, t, doc: consultation } = await page.open(params)
  const now = new Date()
  const phase = consultationPhase(consultation, now)
  const [settings, comments, received] = await Promise.all([getSiteSettings(), publishedCommentsOf(consultation.id), commentsReceived(consultation.id)])
  const data = articleData({
    title: t(consultation.title),
    url: `${serverUrl()}/consultations/${consultation.slug}`,
    description: t(consultation.summary),
    datePublished: consultation.opensOn,
    dateModified: consultation.updatedAt,
    publisher: t(settings.authorityName),
  })
  const hasOutcome = phase === 'closed' && Boolean(consultation.outcome?.summary?.trim() || (consultation.outcome?.points ?? []).length > 0)
  const text = Object.fromEntries(Object.entries(COMMENT_FORM_TEXT).map(([key, value]) => [key, t(value)])) as typeof COMMENT_FORM_TEXT
  return (
    <article className="content-page">
      <DocumentHeader script={script} data={data} trail={[{ href: '/consultations', label: '征求意见' }]} title={consultation.title} doc={consultation} />
      <p className="lead">{t(consultation.summary)}</p>
      <dl className="consultation-facts">
        <dt>{t('状态')}</dt>
        <dd>{t(phaseSentence(consultation, now))}</dd>
        <dt>{t('征求意见期')}</dt>
        <dd>
          <DayTime value={consultation.opensOn} /> {t('至')} <DayTime value={consultation.closesOn} />
          {t('（北京时间，截止当天可提交）')}
        </dd>
        <dt>{t('起草部门')}</dt>
        <dd>{t(consultation.department)}</dd>
      </dl>
      {hasOutcome ? <ConsultationOutcome outcome={consultation.outcome!} received={received} script={script} /> : null}
      {phase === 'closed' && !hasOutcome ? (
        <div className="notice">
          <p>{t(`征求意见已经截止，共收到意见 ${received} 条。意见采纳情况整理后将在本页公布。`)}</p>
        </div>
      ) : null}
      <PageSection script={script} id="draft-title" heading="征求意见稿">
        <RichTextBody data={consultation.draftText} script={script} className="prose" />
      </PageSection>
      {(consultation.questions ?? []).length > 0 ? (
        <PageSection script={script} id="questions-title" heading="希望听取意见的问题">
          <ol>
            {(consultation.questions ?? []).map((item, i) => (
              <li key={item.id ?? i}>{t(item.question)}</li>
            ))}
          </ol>
        </PageSection>
      ) : null}
      <PageSection script={script} id="comment-form-title" heading="提交意见">
        {phase === 'open' ? (
          <CommentForm action={submitCommentAction} script={script} slug={consultation.slug ?? ''} text={text} />
        ) : (
          <p>{t(phase === 'upcoming' ? '征求意见尚未开始，开始后可在这里提交意见。' : '征求意见已经截止，不再接受意见。如有其他问题，欢迎通过“互动交流”留言。')}</p>
        )}
      </PageSection>
      <PublishedComments comments={comments} script={script} />
      <p>
        <a href={phase === 'closed' ? '/consultations?status=closed' : '/consultations'}>{t('返回征求意见')}</a>
      </p>
    </article>
  )
}
