import { newClientIp, openForm, postForm, VALID_MESSAGE } from '../../http/feedback-form'
import { hostileFiles } from '../corpus/hostile-files'
const B = process.argv[2] || 'http://127.0.0.1:3121'
const filler = (index: number) => ({ name: `scan-${index}.pdf`, type: 'application/pdf', data: new Uint8Array(4_900_000).fill(0x41 + index) })
if (process.argv[3] === 'files') for (const file of hostileFiles().slice(-4)) {
  const ip = newClientIp()
  const a = await postForm(B, ip, await openForm(B, ip), VALID_MESSAGE, [file])
  console.log(file.name, a.status)
}
for (let i = 0; i < 2; i++) {
  const ip = newClientIp()
  const t = Date.now()
  try {
    const answer = await postForm(B, ip, await openForm(B, ip), VALID_MESSAGE, [filler(0), filler(1), filler(2)])
    console.log('form', answer.status, Date.now() - t, /无法识别为图片或 PDF/.test(answer.html), (answer.html.match(/class="(field-error|error-summary)[^>]*>[^<]*(<[^>]*>[^<]*){0,4}/g) || []).join(' | ').slice(0, 600))
  } catch (e) { console.log('ERR', String(e), (e as any).cause) }
}
