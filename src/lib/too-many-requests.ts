/** The page shown with a 429: plain HTML, so it needs nothing else from the server. */
export function tooManyRequestsPage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return `<!doctype html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>提交过于频繁</title>
<link rel="stylesheet" href="/reader.css"></head>
<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;max-width:40em;margin:2rem auto;padding:0 1rem;line-height:1.75;color:#1b1b1b">
<main>
<h1>提交过于频繁</h1>
<p>为防止滥用，同一网络在短时间内只能提交有限次数。您的留言没有丢失风险：如果此前已看到查询码，留言已经保存。</p>
<p>请在约 ${minutes} 分钟后再试。如有急事，请拨打全国卫生健康热线 <a href="tel:12320">12320</a>。</p>
<p><a href="/feedback">返回互动交流</a></p>
</main>
</body>
</html>`
}
