import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { connection } from 'next/server'
import { HomeSearch } from '@/features/search/ui/HomeSearch'
import { NotFoundContent } from '@/platform/errors/ui/NotFoundContent'
import { htmlLang, isScript, SCRIPT_COOKIE, textIn } from '@/platform/site-shell/chinese-script'
import { SITE_ICONS } from '@/platform/site-shell/site-icons'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import { SiteFooter } from '@/platform/site-shell/ui/SiteFooter'
import { SiteHeader } from '@/platform/site-shell/ui/SiteHeader'
import './(frontend)/site.css'

// Any address that matches no route at all (the site layout never ran) still gets the site's own
// page: its header, sections and footer, the reader's script, and a search box to go on from.
export const metadata: Metadata = { title: '页面未找到', robots: { index: false }, icons: SITE_ICONS }

async function siteSettings() {
  try {
    return await getSiteSettings()
  } catch {
    return null // the database is away: the message alone still helps
  }
}

export default async function GlobalNotFound() {
  // Rendered per request like the site's pages, so its scripts carry the request's CSP nonce.
  await connection()
  const chosen = (await cookies()).get(SCRIPT_COOKIE)?.value
  const script = isScript(chosen) ? chosen : 'hans'
  const settings = await siteSettings()
  const t = textIn(script)
  return (
    <html lang={htmlLang(script)}>
      <head>
        <link rel="stylesheet" href="/reader.css" />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('跳到正文')}
        </a>
        {settings ? (
          <SiteHeader script={script} settings={settings} />
        ) : (
          <header className="site-header">
            <div className="site-header__bar">
              <a className="site-header__name" href="/">
                {t('返回网站首页')}
              </a>
            </div>
          </header>
        )}
        <main id="main" className="site-main" tabIndex={-1}>
          <NotFoundContent />
          <HomeSearch script={script} />
        </main>
        {settings ? <SiteFooter script={script} settings={settings} /> : null}
      </body>
    </html>
  )
}
