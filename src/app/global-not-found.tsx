import type { Metadata } from 'next'
import { connection } from 'next/server'
import { NotFoundContent } from '@/platform/errors/ui/NotFoundContent'
import { SITE_ICONS } from '@/platform/site-shell/site-icons'
import './(frontend)/site.css'

// Any address that matches no route at all (the site layout never ran) still gets a Chinese page.
export const metadata: Metadata = { title: '页面未找到', robots: { index: false }, icons: SITE_ICONS }

export default async function GlobalNotFound() {
  // Rendered per request like the site's pages, so its scripts carry the request's CSP nonce.
  await connection()
  return (
    <html lang="zh-Hans">
      <body>
        <header className="site-header">
          <div className="site-header__bar">
            <a className="site-header__name" href="/">
              返回网站首页
            </a>
          </div>
        </header>
        <main id="main" className="site-main">
          <NotFoundContent />
        </main>
      </body>
    </html>
  )
}
