import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { DayTime } from '@/platform/site-shell/ui/DayTime'

type Props = { reviewer?: { name?: string | null; title?: string | null } | null; lastReviewedAt: string; nextReviewDueAt?: string | null; script: Script }

/** Who checked the page and when, as readers of medical information should be able to see. */
export function ReviewInfo({ reviewer, lastReviewedAt, nextReviewDueAt, script }: Props) {
  const t = textIn(script)
  const rows = [
    reviewer?.name && {
      label: '医学审核',
      value: (
        <>
          {t(reviewer.name)}
          {reviewer.title ? `（${t(reviewer.title)}）` : null}
        </>
      ),
    },
    { label: '最近审核', value: <DayTime value={lastReviewedAt} /> },
    nextReviewDueAt && { label: '下次审核', value: <DayTime value={nextReviewDueAt} /> },
  ]
  return (
    <dl className="review-info">
      {rows.map((row) =>
        row ? (
          <div key={row.label}>
            <dt>{t(row.label)}</dt>
            <dd>{row.value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  )
}
