import { Link } from '@payloadcms/ui'
import type { UIFieldServerProps } from 'payload'
import { consultationPhase, PHASE_LABELS, phaseSentence } from '@/features/consultations/rules'
import { commentCounts } from '@/features/consultations/server/comment-counts'
import { hasRole } from '@/platform/access/roles'

/**
 * At the top of a consultation: where its period stands and what came of it so far: comments
 * received, those that may be published, those waiting on the moderation desk, those public.
 */
export async function CommentDesk({ data, id, req }: UIFieldServerProps) {
  if (id == null || !data?.opensOn || !data?.closesOn) return null
  const counts = await commentCounts(req.payload, id)
  const phase = consultationPhase({ opensOn: data.opensOn, closesOn: data.closesOn }, new Date())
  const admin = req.payload.config.routes.admin
  const handles = hasRole(req.user, 'admin', 'handler')
  const filter = `where[or][0][and][0][consultation][equals]=${encodeURIComponent(String(id))}`
  return (
    <section aria-labelledby="comment-desk-title" style={{ marginBottom: '1.5rem', paddingBottom: '1rem', borderBottom: '1px solid var(--theme-elevation-150)' }}>
      <h2 id="comment-desk-title" style={{ margin: '0 0 0.5rem', fontSize: '1.25rem' }}>
        征求意见情况
      </h2>
      <p style={{ margin: '0 0 0.5rem', fontWeight: 600 }}>
        {PHASE_LABELS[phase]}：{phaseSentence({ opensOn: data.opensOn, closesOn: data.closesOn }, new Date())}
      </p>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1.5rem', listStyle: 'none', margin: '0 0 0.5rem', padding: 0 }}>
        <li>收到意见 <strong>{counts.received}</strong> 条</li>
        <li>同意公开 <strong>{counts.withConsent}</strong> 条</li>
        <li>待撰写或审核公开版本 <strong>{counts.awaitingReview}</strong> 条</li>
        <li>已公开 <strong>{counts.published}</strong> 条</li>
      </ul>
      {handles ? (
        <p style={{ margin: 0 }}>
          <Link href={`${admin}/collections/consultation-comments?${filter}`}>查看意见原文</Link>
          {' · '}
          <Link href={`${admin}/collections/moderated-copies?${filter}`}>审核公开版本</Link>
        </p>
      ) : (
        <p style={{ margin: 0 }}>意见原文由留言办理员处理；同意公开的意见经另一位工作人员审核后公开。</p>
      )}
      {phase === 'closed' ? <p style={{ margin: '0.5rem 0 0' }}>征求意见已截止：请在下方“意见采纳情况”中填写处理结果，提交审核后发布。</p> : null}
    </section>
  )
}
