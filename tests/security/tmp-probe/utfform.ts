import { accessKeyIn, newClientIp, openForm, trackingCodeIn, VALID_MESSAGE } from '../../http/feedback-form'
const B = 'http://127.0.0.1:3121'
const login = async (email: string, password: string) => (await (await fetch(`${B}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': newClientIp() }, body: JSON.stringify({ email, password }) })).json()).token
const tok = await login('handler@demo.cdjsw.local', 'Demo-Handler-2026')
const admin = await login('admin@demo.cdjsw.local', 'Demo-Admin-2026')
const bytes = [0x80, 0x81, 0x82]
const ip = newClientIp()
const hidden = await openForm(B, ip)
const boundary = '----hostile' + Math.random().toString(16).slice(2)
const parts: Buffer[] = []
for (const [name, value] of Object.entries({ ...hidden, ...VALID_MESSAGE })) {
  if (name === 'subject') continue
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
}
parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="subject"\r\n\r\n`), Buffer.from('主题'), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`))
const r = await fetch(`${B}/feedback/new`, { method: 'POST', headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'X-Forwarded-For': ip, Accept: 'text/html' }, body: Buffer.concat(parts) })
const html = await r.text()
const code = trackingCodeIn(html)
console.log(r.status, code)
for (const t of [tok, admin]) {
  const s = await fetch(`${B}/api/feedback?where[trackingCode][equals]=${code}&depth=2`, { headers: { Authorization: `JWT ${t}` } })
  const j = await s.json(); console.log(s.status, j.docs?.length, JSON.stringify(j).slice(0, 300))
}
const s2 = await fetch(`${B}/api/feedback?limit=3&sort=-createdAt&depth=0`, { headers: { Authorization: `JWT ${admin}` } })
console.log(JSON.stringify((await s2.json()).docs.map((d: any) => [d.trackingCode, d.subject, d.department])))
