import { DECISION_LABELS, decisionTally, type Decision } from '@/features/consultations/rules'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { DayTime } from '@/platform/site-shell/ui/DayTime'
import { PageSection } from '@/platform/site-shell/ui/PageSection'

type Outcome = {
  summary?: string | null
  points?: { id?: string | null; point: string; decision: string; reason?: string | null }[] | null
  finalNotice?: unknown
  publishedAt?: string | null
}

const notice = (value: unknown) =>
  value && typeof value === 'object' && 'slug' in value && 'title' in value ? (value as { slug?: string | null; title: string }) : null

/** 意见采纳情况: how many comments came, each point raised and what was done with it and why, and the notice issued. */
export function ConsultationOutcome({ outcome, received, script }: { outcome: Outcome; received: number; script: Script }) {
  const t = textIn(script)
  const points = outcome.points ?? []
  const issued = notice(outcome.finalNotice)
  const tally = decisionTally(points)
  return (
    <PageSection script={script} id="outcome-title" heading="意见采纳情况" className="consultation-outcome">
      <p>
        {t(`征求意见期间共收到意见 ${received} 条`)}
        {points.length > 0 ? t(`，归纳为 ${points.length} 个方面：${tally}`) : ''}
        {t('。')}
        {outcome.publishedAt ? (
          <>
            {' '}
            {t('发布日期：')}
            <DayTime value={outcome.publishedAt} />
          </>
        ) : null}
      </p>
      {outcome.summary ? <p>{t(outcome.summary)}</p> : null}
      {points.length > 0 ? (
        <ol className="outcome-points">
          {points.map((point, i) => (
            <li key={point.id ?? i}>
              <p>{t(point.point)}</p>
              <p>
                <strong>{t(DECISION_LABELS[point.decision as Decision] ?? point.decision)}</strong>
                {point.reason ? <>{t('：')}{t(point.reason)}</> : null}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {issued?.slug ? (
        <p>
          {t('最终印发的文件：')}
          <a href={`/policies/${issued.slug}`}>{t(issued.title)}</a>
        </p>
      ) : null}
    </PageSection>
  )
}
