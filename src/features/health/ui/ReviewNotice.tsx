import { isReviewDue } from '@/features/health/rules/health-review'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { formatDay } from '@/platform/site-shell/format-date'

/** Shown to readers once a health page is past its review date. */
export function ReviewNotice({ nextReviewDueAt, script, now }: { nextReviewDueAt?: string | null; script: Script; now: Date }) {
  if (!isReviewDue(nextReviewDueAt, now)) return null
  const t = textIn(script)
  return (
    <div className="banner banner--warning review-notice" role="note">
      <p className="banner__title">{t('本页内容正在复核')}</p>
      <p>
        {t(`本页原定于 ${formatDay(nextReviewDueAt)} 前完成医学复核，目前尚在进行中，部分内容可能不是最新的。`)}
        {t('如需确认，请咨询下方列出的服务网点或拨打服务热线。')}
      </p>
    </div>
  )
}
