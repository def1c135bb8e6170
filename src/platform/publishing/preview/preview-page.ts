const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`)

/** A short page for a preview request that cannot be served (not signed in, bad address). */
export function previewPage(status: number, title: string, message: string, link?: string) {
  const html = `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title></head>
<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;max-width:40em;margin:2rem auto;padding:0 1rem;line-height:1.75;color:#1b1b1b">
<main><h1>${escape(title)}</h1><p>${escape(message)}</p>${link ? `<p><a href="${escape(link)}">前往登录</a></p>` : ''}<p><a href="/">返回首页</a></p></main>
</body></html>`
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
}
