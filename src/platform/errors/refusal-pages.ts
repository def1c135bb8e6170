type Link = { href: string; label: string }

/**
 * Plain HTML pages the proxy answers with itself, needing nothing else from the server: refusals,
 * the 503 page while the database is down, and the fallbacks of pages fetched from the server.
 */
export function plainPage(title: string, paragraphs: string[], links: Link[] = [{ href: '/feedback', label: '返回互动交流' }]): string {
  return `<!doctype html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<link rel="stylesheet" href="/reader.css"></head>
<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;max-width:40em;margin:2rem auto;padding:0 1rem;line-height:1.75;color:#1b1b1b">
<main>
<h1>${title}</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
${links.map((link) => `<p><a href="${link.href}">${link.label}</a></p>`).join('\n')}
</main>
</body>
</html>`
}

export function tooManyRequestsPage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return plainPage('提交过于频繁', [
    '为防止滥用，同一网络在短时间内只能提交有限次数。如果此前已看到查询码，您的留言已经保存。',
    `请在约 ${minutes} 分钟后再试。如有急事，请拨打全国卫生健康热线 <a href="tel:12320">12320</a>。`,
  ])
}

export function tooLargePage(limitMegabytes: number): string {
  return plainPage('提交的内容太大', [
    `留言和附件加起来不能超过 ${limitMegabytes} MB，每个附件不能超过 5 MB。您的留言尚未提交。`,
    '请返回上一页，缩小或减少附件后再提交；照片可以先用手机的“压缩”或“调整大小”功能处理。',
  ])
}

export function crossSitePage(message: string): string {
  return plainPage('无法接受这次提交', [message, '如果您是从本站页面提交时看到这个提示，请刷新页面后再试。'])
}

export function badAddressPage(): string {
  return plainPage('网址无效', ['您访问的网址包含无法识别的字符。请检查网址，或从首页重新进入。'])
}

export function serviceUnavailablePage(retryAfter: number): string {
  return plainPage(
    '系统暂时无法访问',
    [
      '网站的数据服务正在维护或重启，暂时无法处理您的请求。您刚才提交的内容<strong>没有</strong>保存，请不要以为已经提交成功。',
      `请在约 ${retryAfter} 秒后刷新页面或重新提交。如有急事，请拨打全国卫生健康热线 <a href="tel:12320">12320</a>。`,
    ],
    [{ href: '/', label: '返回首页' }],
  )
}
