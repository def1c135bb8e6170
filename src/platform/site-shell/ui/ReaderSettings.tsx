import { textIn, type Script } from '@/platform/site-shell/chinese-script'

/**
 * 简/繁 and 长者模式 as plain links: each sets a cookie and comes back to the same page.
 * Which 长者模式 link shows is decided by /reader.css, so the page itself stays static.
 */
export function ReaderSettings({ script }: { script: Script }) {
  const t = textIn(script)
  return (
    <nav className="reader-settings" aria-label={t('阅读设置')}>
      {script === 'hans' ? (
        <a className="reader-settings__link" href="/reader-settings?script=hant" lang="zh-Hant" hrefLang="zh-Hant">
          繁體中文
        </a>
      ) : (
        <a className="reader-settings__link" href="/reader-settings?script=hans" lang="zh-Hans" hrefLang="zh-Hans">
          简体中文
        </a>
      )}
      <a className="reader-settings__link reader-elder-on" href="/reader-settings?elder=on">
        {t('长者模式')}
      </a>
      <a className="reader-settings__link reader-elder-off" href="/reader-settings?elder=off">
        {t('退出长者模式')}
      </a>
    </nav>
  )
}
