import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { formatDay, formatDayChinese } from '@/platform/site-shell/format-date'
import './workflow.css'

export type Withdrawal = { withdrawn?: boolean | null; withdrawnAt?: string | null; reason?: string | null }

/**
 * The banner on a withdrawn page: the date and the public reason. The page stays online (links
 * and citations keep working) but is no longer listed anywhere.
 */
export function WithdrawalBanner({ withdrawal, script }: { withdrawal?: Withdrawal | null; script: Script }) {
  if (!withdrawal?.withdrawn) return null
  const t = textIn(script)
  const day = formatDay(withdrawal.withdrawnAt)
  return (
    <div className="banner banner--withdrawn" role="note" aria-labelledby="withdrawal-title">
      <p className="banner__title" id="withdrawal-title">
        {day ? (
          <>
            {t('本文已于')}
            <time dateTime={day}>{formatDayChinese(withdrawal.withdrawnAt)}</time>
            {t('撤回')}
          </>
        ) : (
          t('本文已撤回')
        )}
      </p>
      {withdrawal.reason ? (
        <p>
          {t('撤回原因：')}
          {t(withdrawal.reason)}
        </p>
      ) : null}
      <p className="banner__note">{t('本页仅作存档，内容可能已不再适用。')}</p>
    </div>
  )
}
