import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { SITE_PAGES } from '@/platform/site-shell/sections'
import type { SiteSettingsDoc } from '@/platform/site-shell/site-settings'
import { HotlineList } from './HotlineList'

type Props = { script: Script; settings: SiteSettingsDoc; currentPath?: string }

/** The error-report link names the page it was followed from, so the form has its address filled in. */
const withPage = (href: string, currentPath?: string) =>
  href === '/site-errors' && currentPath && currentPath !== '/site-errors' ? `${href}?page=${encodeURIComponent(currentPath)}` : href

export function SiteFooter({ script, settings, currentPath }: Props) {
  const t = textIn(script)
  const hotlines = settings.hotlines ?? []
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav aria-label={t('关于本站')}>
          <ul className="site-footer__links">
            {SITE_PAGES.map((page) => (
              <li key={page.href}>
                <a href={withPage(page.href, currentPath)}>{t(page.label)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          {t('主办单位：')}
          {t(settings.authorityName)}
          {settings.authorityAddress ? (
            <>
              <br />
              {t('地址：')}
              {t(settings.authorityAddress)}
            </>
          ) : null}
        </p>
        <p>
          <a href="/subscriptions">{t('邮件订阅更新')}</a>
        </p>
        {hotlines.length > 0 ? <HotlineList script={script} hotlines={hotlines} label={t('服务热线')} /> : null}
        <p className="site-footer__records">
          {settings.icpNumber ? <span>{t(settings.icpNumber)}</span> : null}
          {settings.policeRecordNumber ? <span>{t(settings.policeRecordNumber)}</span> : null}
          {settings.siteIdCode ? (
            <span>
              {t('网站标识码：')}
              {settings.siteIdCode}
            </span>
          ) : null}
        </p>
      </div>
    </footer>
  )
}
