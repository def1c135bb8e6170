import { beforeAll, describe, expect, inject, it } from 'vitest'
import { accessKeyIn, hiddenFields, newClientIp, openForm, trackingCodeIn, VALID_MESSAGE } from '../http/feedback-form'
import { apiLogin, demoAccount } from '../http/staff-login'

const baseUrl = inject('baseUrl')
const FOREIGN_ORIGINS = ['null', 'https://evil.example']
const CROSS_SITE_TEXT = '本站不接受从其他网站发来的提交'
let handlerToken = ''
let staffCookie = ''

const asHandler = (path: string) => fetch(`${baseUrl}${path}`, { headers: { Authorization: `JWT ${handlerToken}` } }).then((response) => response.json())
const messageCount = async () => (await asHandler('/api/feedback?limit=1&depth=0')).totalDocs as number

/** Posts a page's first form without JavaScript, with the given extra headers. */
async function postPageForm(path: string, fields: Record<string, string>, headers: Record<string, string>) {
  const ip = newClientIp()
  const page = await fetch(`${baseUrl}${path}`, { headers: { 'X-Forwarded-For': ip } })
  const body = new FormData()
  for (const [name, value] of Object.entries({ ...hiddenFields(await page.text()), ...fields })) body.append(name, value)
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', body, redirect: 'manual', headers: { 'X-Forwarded-For': ip, Accept: 'text/html', ...headers } })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

async function submitMessage() {
  const ip = newClientIp()
  const hidden = await openForm(baseUrl, ip)
  const body = new FormData()
  for (const [name, value] of Object.entries({ ...hidden, ...VALID_MESSAGE })) body.append(name, value)
  const response = await fetch(`${baseUrl}/feedback/new`, { method: 'POST', body, headers: { 'X-Forwarded-For': ip, Origin: baseUrl } })
  const html = await response.text()
  return { code: trackingCodeIn(html)!, key: accessKeyIn(html)! }
}

beforeAll(async () => {
  const { email, password } = demoAccount('handler')
  const login = await apiLogin(baseUrl, email, password, { Origin: baseUrl })
  handlerToken = login.token
  staffCookie = login.cookie
})

describe('staff session cookie', () => {
  it('is HttpOnly and SameSite=Lax, and not Secure on this plain-HTTP test server', () => {
    expect(staffCookie).toMatch(/^payload-token=[^;]+/)
    expect(staffCookie).toMatch(/;\s*HttpOnly/i)
    expect(staffCookie).toMatch(/;\s*SameSite=Lax/i)
    expect(staffCookie).toMatch(/;\s*Path=\//i)
    // Secure is set in production over HTTPS (unit test: security-headers.spec.ts).
    expect(staffCookie).not.toMatch(/;\s*Secure/i)
  })
})

describe('cross-site state-changing requests', { timeout: 120_000 }, () => {
  it('the message form refuses Origin: null and a foreign origin with 403, in Chinese, saving nothing', async () => {
    const before = await messageCount()
    for (const origin of FOREIGN_ORIGINS) {
      const response = await postPageForm('/feedback/new', VALID_MESSAGE, { Origin: origin })
      expect({ origin, status: response.status }).toEqual({ origin, status: 403 })
      expect(response.html).toContain(CROSS_SITE_TEXT)
      expect(trackingCodeIn(response.html)).toBeUndefined()
    }
    // Sec-Fetch-Site from a browser without Origin (never sent that way, but cheap to close).
    const response = await postPageForm('/feedback/new', VALID_MESSAGE, { 'Sec-Fetch-Site': 'cross-site' })
    expect(response.status).toBe(403)
    expect(await messageCount()).toBe(before)
    // The same form from our own pages still works.
    const ours = await postPageForm('/feedback/new', VALID_MESSAGE, { Origin: baseUrl })
    expect(trackingCodeIn(ours.html)).toMatch(/^FK-/)
    expect(await messageCount()).toBe(before + 1)
  })

  it('the tracking follow-up form refuses both, and the message is unchanged', async () => {
    const { code, key } = await submitMessage()
    const read = async () => (await asHandler(`/api/feedback?where[trackingCode][equals]=${code}&depth=0`)).docs[0]
    const before = await read()
    for (const origin of FOREIGN_ORIGINS) {
      for (const intent of ['rate', 'reopen', undefined]) {
        const fields: Record<string, string> = { code, key, rating: 'unsatisfied', ratingComment: '跨站提交', ...(intent ? { intent } : {}) }
        const response = await postPageForm('/feedback/track', fields, { Origin: origin })
        expect({ origin, intent, status: response.status }).toEqual({ origin, intent, status: 403 })
        expect(response.html).toContain(CROSS_SITE_TEXT)
        expect(response.html).not.toContain(code)
      }
    }
    const after = await read()
    expect({ status: after.status, rating: after.rating ?? null, updatedAt: after.updatedAt }).toEqual({ status: before.status, rating: before.rating ?? null, updatedAt: before.updatedAt })
    const ours = await postPageForm('/feedback/track', { code, key }, { Origin: baseUrl })
    expect(ours.status).toBe(200)
    expect(ours.html).toContain(code)
  })

  it('a REST mutation carrying the staff cookie from another origin is refused and changes nothing', async () => {
    const cookie = staffCookie.split(';')[0]
    const { code } = await submitMessage()
    const doc = (await asHandler(`/api/feedback?where[trackingCode][equals]=${code}&depth=0`)).docs[0]
    const note = async (origin: string) =>
      fetch(`${baseUrl}/api/feedback/${doc.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: origin, 'Accept-Language': 'zh-CN' },
        body: JSON.stringify({ status: 'accepted' }),
      })
    for (const origin of FOREIGN_ORIGINS) {
      const response = await note(origin)
      const body = await response.text()
      expect({ origin, status: response.status }).toEqual({ origin, status: 403 })
      expect({ origin, chinese: /[\u4e00-\u9fff]/.test(body) }).toEqual({ origin, chinese: true })
    }
    expect((await asHandler(`/api/feedback/${doc.id}?depth=0`)).status).toBe('received')
    // From our own origin the same cookie works.
    const ours = await note(baseUrl)
    expect(ours.status).toBe(200)
    expect((await asHandler(`/api/feedback/${doc.id}?depth=0`)).status).toBe('accepted')
  })
})

describe('x-middleware-subrequest (CVE-2025-29927)', () => {
  const spoofed = ['proxy', 'src/proxy', 'middleware', 'src/middleware'].map((name) => Array(5).fill(name).join(':'))

  it('does not skip the proxy: a cross-site post is still refused', async () => {
    for (const value of spoofed) {
      const response = await postPageForm('/feedback/new', VALID_MESSAGE, { Origin: 'https://evil.example', 'x-middleware-subrequest': value })
      expect({ value, status: response.status }).toEqual({ value, status: 403 })
    }
  })

  it('does not skip the proxy: the per-address rate limit still applies', async () => {
    const ip = newClientIp()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 22; attempt++) {
      const body = new FormData()
      body.append('code', 'FK-2026-AAAAAA')
      body.append('key', 'WRONG')
      const response = await fetch(`${baseUrl}/feedback/track`, {
        method: 'POST',
        body,
        headers: { 'X-Forwarded-For': ip, 'x-middleware-subrequest': spoofed[attempt % spoofed.length] },
      })
      statuses.push(response.status)
      await response.arrayBuffer()
    }
    expect(statuses.at(-1)).toBe(429)
  })
})

describe('addresses typed with their script prefix', () => {
  it('get the same cross-site check as the plain address', async () => {
    const crossSite = await postPageForm('/hans/feedback/new', VALID_MESSAGE, { Origin: 'https://evil.example' })
    expect(crossSite.status).toBe(403)
  })
})

describe('no-store on personal data', () => {
  it('tracking, the message form, admin and API answers are never stored by a cache', async () => {
    const { code, key } = await submitMessage()
    const answers: [string, Response][] = [
      ['GET /feedback/track', await fetch(`${baseUrl}/feedback/track`)],
      ['GET /feedback/new', await fetch(`${baseUrl}/feedback/new`)],
      ['GET /admin', await fetch(`${baseUrl}/admin`, { redirect: 'manual' })],
      ['GET /admin/login', await fetch(`${baseUrl}/admin/login`)],
      ['GET /api/users/me', await fetch(`${baseUrl}/api/users/me`, { headers: { Authorization: `JWT ${handlerToken}` } })],
      ['GET /api/feedback', await fetch(`${baseUrl}/api/feedback?limit=1`, { headers: { Authorization: `JWT ${handlerToken}` } })],
      ['GET /api/feedback anonymous', await fetch(`${baseUrl}/api/feedback?limit=1`)],
      ['POST /api/users/login', await fetch(`${baseUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'handler@demo.cdjsw.local', password: 'Demo-Banli-2026' }) })],
      ['POST /api/graphql', await fetch(`${baseUrl}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${handlerToken}` }, body: JSON.stringify({ query: '{ meUser { user { email } } }' }) })],
    ]
    const tracked = await postPageForm('/feedback/track', { code, key }, { Origin: baseUrl })
    expect(tracked.html).toContain(code)
    expect({ path: 'POST /feedback/track', cacheControl: tracked.headers.get('cache-control') }).toEqual({ path: 'POST /feedback/track', cacheControl: expect.stringContaining('no-store') })
    for (const [path, response] of answers) {
      expect({ path, cacheControl: response.headers.get('cache-control') }).toEqual({ path, cacheControl: expect.stringContaining('no-store') })
      await response.arrayBuffer()
    }
  })
})

describe('response headers', () => {
  it('sends no HSTS over plain HTTP, and reports the current Content-Security-Policy', async () => {
    const response = await fetch(`${baseUrl}/`)
    expect(response.headers.get('strict-transport-security')).toBeNull()
    const csp = response.headers.get('content-security-policy')
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'self'")
    console.log(`\nContent-Security-Policy on public pages: ${csp}\n`)
  })
})
