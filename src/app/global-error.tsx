'use client'

import { ServerErrorContent } from '@/platform/errors/ui/ServerErrorContent'
import './(frontend)/site.css'

/** When even the layout failed: a whole page of its own, with the same message and reference. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-Hans">
      <head>
        <title>页面暂时无法显示</title>
      </head>
      <body>
        <main id="main" className="site-main">
          <ServerErrorContent reference={error.digest} />
        </main>
      </body>
    </html>
  )
}
