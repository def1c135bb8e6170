import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { formatDay } from '@/platform/site-shell/format-date'

type Props = { reviewer?: { name?: string | null; title?: string | null } | null; lastReviewedAt: string; nextReviewDueAt?: string | null; script: Script }

/** Who checked the page and when, as readers of medical information should be able to see. */
export function ReviewInfo({ reviewer, lastReviewedAt, nextReviewDueAt, script }: Props) {
  const t = textIn(script)
  return (
    <dl className="review-info">
      {reviewer?.name ? (
        <div>
          <dt>{t('医学审核')}</dt>
          <dd>
            {t(reviewer.name)}
            {reviewer.title ? `（${t(reviewer.title)}）` : null}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('最近审核')}</dt>
        <dd>
          <time dateTime={formatDay(lastReviewedAt)}>{formatDay(lastReviewedAt)}</time>
        </dd>
      </div>
      {nextReviewDueAt ? (
        <div>
          <dt>{t('下次审核')}</dt>
          <dd>
            <time dateTime={formatDay(nextReviewDueAt)}>{formatDay(nextReviewDueAt)}</time>
          </dd>
        </div>
      ) : null}
    </dl>
  )
}
