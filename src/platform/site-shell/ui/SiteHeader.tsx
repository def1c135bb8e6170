import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { navigationOf, type SiteSettingsDoc } from '@/platform/site-shell/site-settings'
import { LinkList } from './lists/LinkList'
import { ReaderSettings } from './ReaderSettings'

type Props = { script: Script; settings: SiteSettingsDoc; currentPath?: string }

export function SiteHeader({ script, settings, currentPath }: Props) {
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
        <LinkList script={script} links={navigationOf(settings)} className="site-nav__list" linkClassName="site-nav__link" currentPath={currentPath} />
      </nav>
    </header>
  )
}
