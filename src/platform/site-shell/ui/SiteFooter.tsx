import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import type { SiteSettingsDoc } from '@/platform/site-shell/site-settings'
import { HotlineList } from './HotlineList'

export function SiteFooter({ script, settings }: { script: Script; settings: SiteSettingsDoc }) {
  const t = textIn(script)
  const hotlines = settings.hotlines ?? []
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
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
