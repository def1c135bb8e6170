import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/platform/site-shell/ui/SiteFooter'
import { SiteHeader } from '@/platform/site-shell/ui/SiteHeader'
import { htmlLang, isScript, textIn } from '@/platform/site-shell/chinese-script'
import { currentPath } from '@/platform/site-shell/current-path'
import { readerScript } from '@/platform/site-shell/reader-script'
import { serverUrl } from '@/platform/site-shell/server-url'
import { SITE_ICONS } from '@/platform/site-shell/site-icons'
import { getSiteSettings } from '@/platform/site-shell/site-settings'
import '@/app/(frontend)/site.css'

type Props = { children: ReactNode; params: Promise<{ script: string }> }


export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#8f1d1d' }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await readerScript(params)
  const settings = await getSiteSettings()
  const siteName = t(settings.siteName)
  return {
    metadataBase: new URL(serverUrl()),
    title: { default: siteName, template: `%s - ${siteName}` },
    description: t(`${settings.authorityName}：政策文件、婚育新风、生殖健康与防艾知识、服务网点查询和互动交流。`),
    icons: SITE_ICONS,
    other: {
      SiteName: siteName,
      SiteDomain: new URL(serverUrl()).host,
      ...(settings.siteIdCode ? { SiteIDCode: settings.siteIdCode } : {}),
    },
  }
}

export default async function FrontendLayout({ children, params }: Props) {
  // Every public page renders per request, so that Next can give its scripts the request's CSP
  // nonce (src/proxy.ts); nginx's one-second micro-cache keeps them fast (README). Pages must not
  // offer generateStaticParams: a page prerendered on demand would stop at this call.
  await connection()
  const { script } = await params
  if (!isScript(script)) notFound()
  const settings = await getSiteSettings()
  const t = textIn(script)
  const path = await currentPath()
  return (
    <html lang={htmlLang(script)}>
      <head>
        <link rel="stylesheet" href="/reader.css" />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('跳到正文')}
        </a>
        <SiteHeader script={script} settings={settings} currentPath={path} />
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter script={script} settings={settings} currentPath={path} />
      </body>
    </html>
  )
}
