import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { navigationOf, type SiteSettingsDoc } from '@/platform/site-shell/site-settings'
import { ReaderSettings } from './ReaderSettings'

export function SiteHeader({ script, settings }: { script: Script; settings: SiteSettingsDoc }) {
  const t = textIn(script)
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <a className="site-header__name" href="/">
          {t(settings.siteName)}
        </a>
        <a className="site-header__search" href="/search">
          {t('搜索')}
        </a>
        <ReaderSettings script={script} />
      </div>
      <nav className="site-nav" aria-label={t('主栏目')}>
        <ul className="site-nav__list">
          {navigationOf(settings).map((item) => (
            <li key={item.href}>
              <a className="site-nav__link" href={item.href}>
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
