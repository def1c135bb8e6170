import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { accessKeyIn, newClientIp, openForm, postForm, trackingCodeIn, VALID_MESSAGE } from './feedback-form'
import { demoToken } from './staff-login'

const baseUrl = inject('baseUrl')
let handlerToken = ''

const messageCount = async () => {
  const response = await fetch(`${baseUrl}/api/feedback?limit=1`, { headers: { Authorization: `JWT ${handlerToken}` } })
  return (await response.json()).totalDocs as number
}

beforeAll(async () => {
  handlerToken = await demoToken(baseUrl, 'handler')
})

describe('the message form over HTTP, as a browser without JavaScript posts it', () => {
  it('accepts a message and answers with a tracking code and key', async () => {
    const ip = newClientIp()
    const before = await messageCount()
    const response = await postForm(baseUrl, ip, await openForm(baseUrl, ip), VALID_MESSAGE)
    expect(response.status).toBe(200)
    expect(trackingCodeIn(response.html)).toMatch(/^FK-/)
    expect(accessKeyIn(response.html)).toBeTruthy()
    expect(response.html).toContain('未完成人机验证')
    expect(await messageCount()).toBe(before + 1)
  })

  it('answers each bad input with a message in Chinese and saves nothing', async () => {
    const before = await messageCount()
    // Over the 5 MB per-file limit, under the 16 MB form limit: the form itself explains.
    const hugeImage = await sharp({ create: { width: 1500, height: 1500, channels: 3, background: '#808080' } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    const cases: [string, Record<string, string>, { name: string; type: string; data: Uint8Array }[], RegExp][] = [
      ['missing fields', { ...VALID_MESSAGE, subject: '', message: '' }, [], /请填写标题/],
      ['50,000-character message', { ...VALID_MESSAGE, message: '多'.repeat(50_000) }, [], /不能超过 5000 字/],
      ['script tags', { ...VALID_MESSAGE, message: '<script>alert(document.cookie)</script> 请回复' }, [], /不能包含网页代码/],
      ['renamed .exe', VALID_MESSAGE, [{ name: '照片.jpg', type: 'image/jpeg', data: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00PE\x00\x00') }], /无法识别为图片或 PDF/],
      ['huge image', VALID_MESSAGE, [{ name: 'big.png', type: 'image/png', data: hugeImage }], /太大/],
      ['malformed phone', { ...VALID_MESSAGE, phone: '138-1234' }, [], /正确的手机号码或固定电话/],
      ['CR/LF in the name', { ...VALID_MESSAGE, name: '张三\r\nBcc: victim@example.com' }, [], /不能包含换行/],
    ]
    for (const [label, fields, files, expected] of cases) {
      const ip = newClientIp()
      const response = await postForm(baseUrl, ip, await openForm(baseUrl, ip), fields, files)
      expect({ label, status: response.status }).toEqual({ label, status: 200 })
      expect({ label, ok: expected.test(response.html) }).toEqual({ label, ok: true })
      expect(trackingCodeIn(response.html)).toBeUndefined()
      // What the resident typed is still in the form.
      if (fields.subject) expect(response.html).toContain(fields.subject)
    }
    expect(await messageCount()).toBe(before)
  })

  it('refuses a body over the form limit with 413 and a page that explains it', async () => {
    const ip = newClientIp()
    const before = await messageCount()
    const oversized = { name: 'scan.pdf', type: 'application/pdf', data: new Uint8Array(20 * 1024 * 1024) }
    const response = await postForm(baseUrl, ip, await openForm(baseUrl, ip), VALID_MESSAGE, [oversized])
    expect(response.status).toBe(413)
    expect(response.html).toContain('提交的内容太大')
    expect(await messageCount()).toBe(before)
  })

  it('ignores fields a resident must not set', async () => {
    const ip = newClientIp()
    const response = await postForm(baseUrl, ip, await openForm(baseUrl, ip), { ...VALID_MESSAGE, status: 'closed', reply: '已办结', published: 'true' })
    const code = trackingCodeIn(response.html)
    const found = await fetch(`${baseUrl}/api/feedback?where[trackingCode][equals]=${code}`, { headers: { Authorization: `JWT ${handlerToken}` } })
    const doc = (await found.json()).docs[0]
    expect(doc.status).toBe('received')
    expect(doc.reply ?? null).toBeNull()
  })

  it('creates one message for a double submission of the same form', async () => {
    const ip = newClientIp()
    const hidden = await openForm(baseUrl, ip)
    const before = await messageCount()
    const [first, second] = await Promise.all([postForm(baseUrl, ip, hidden, VALID_MESSAGE), postForm(baseUrl, ip, hidden, VALID_MESSAGE)])
    expect(trackingCodeIn(first.html)).toBeTruthy()
    expect(trackingCodeIn(second.html)).toBe(trackingCodeIn(first.html))
    expect(accessKeyIn(second.html)).toBe(accessKeyIn(first.html))
    expect(await messageCount()).toBe(before + 1)
  })

  it('counts only well-formed messages: broken posts never use up an address’s allowance', async () => {
    const ip = newClientIp()
    const hidden = await openForm(baseUrl, ip)
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) statuses.push((await postForm(baseUrl, ip, hidden, { ...VALID_MESSAGE, subject: '' })).status)
    expect(statuses).toEqual(Array(12).fill(200))
    // Each well-formed message has its own form (its own idempotency token).
    const valid = await postForm(baseUrl, ip, await openForm(baseUrl, ip), VALID_MESSAGE)
    expect(trackingCodeIn(valid.html)).toBeTruthy()
  })

  it('answers 429 with a clear page and Retry-After once an address sends too many', async () => {
    const ip = newClientIp()
    const statuses: number[] = []
    let last = { status: 0, html: '', headers: new Headers() }
    for (let i = 0; i < 6; i++) {
      last = await postForm(baseUrl, ip, await openForm(baseUrl, ip), VALID_MESSAGE)
      statuses.push(last.status)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(last.html).toContain('提交过于频繁')
    // Another address is not affected.
    const other = newClientIp()
    expect((await postForm(baseUrl, other, await openForm(baseUrl, other), { ...VALID_MESSAGE, subject: '' })).status).toBe(200)
  })

  it('applies the same limit to the /hans and /hant addresses of the form, whatever headers are sent', async () => {
    const ip = newClientIp()
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      const options = { path: i % 2 ? '/hant/feedback/new' : '/hans/feedback/new', headers: { 'X-Site-Rewrite': 'forged' } }
      statuses.push((await postForm(baseUrl, ip, await openForm(baseUrl, ip), VALID_MESSAGE, [], options)).status)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
  })

  it('never exposes messages over the public API', async () => {
    expect((await fetch(`${baseUrl}/api/feedback`)).status).toBe(403)
    expect((await fetch(`${baseUrl}/api/feedback-attachments`)).status).toBe(403)
    const gql = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Feedbacks { docs { subject message } } }' }),
    })
    expect(JSON.stringify(await gql.json())).not.toContain('生育登记')
  })
})
