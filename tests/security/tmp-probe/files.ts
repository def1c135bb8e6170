import { hostileFiles } from '../corpus/hostile-files'
const B = 'http://127.0.0.1:3121'
const tok = process.argv[2]
for (const file of hostileFiles()) {
  for (const auth of [{}, { Authorization: `JWT ${tok}` }] as Record<string, string>[]) {
    for (const slug of auth.Authorization ? ['media'] : ['media', 'feedback-attachments']) {
      const body = new FormData()
      body.append('file', new Blob([Buffer.from(file.data)], { type: file.type }), file.fileName)
      body.append('_payload', JSON.stringify({ alt: '检测图片' }))
      const t = Date.now()
      try {
        const r = await fetch(`${B}/api/${slug}`, { method: 'POST', body, headers: { ...auth, 'X-Forwarded-For': '10.8.' + Math.floor(Math.random()*250) + '.1' }, signal: AbortSignal.timeout(30000) })
        const text = await r.text()
        console.log(file.name, slug, !!auth.Authorization, r.status, Date.now() - t, text.slice(0, 100))
      } catch (e) { console.log(file.name, slug, 'ERR', String(e), (e as any).cause?.code) }
    }
  }
}
