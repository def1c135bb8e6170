import { beforeAll, describe, expect, inject, it } from 'vitest'

const baseUrl = inject('baseUrl')
let token = ''

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: await response.json() }
}

/** Polls a page until it satisfies the check; returns how long that took. */
async function within(ms: number, path: string, check: (status: number, html: string) => boolean) {
  const started = Date.now()
  for (;;) {
    const response = await fetch(`${baseUrl}${path}`)
    if (check(response.status, await response.text())) return Date.now() - started
    if (Date.now() - started > ms) throw new Error(`${path} did not change within ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'reviewer@demo.cdjsw.local', password: 'Demo-Reviewer-2026' }),
  })
  token = (await login.json()).token
})

describe('cached policy pages follow what staff publish', () => {
  it('shows a newly published notice, its change and its withdrawal from publication within 2 s', async () => {
    const created = await api('POST', '/policy-notices', {
      title: '关于测试页面更新的通知',
      issuingAuthority: '成都市卫生健康委员会',
      documentNumber: '成卫健发〔2026〕99号',
      dateWritten: '2026-11-01',
      topic: 'family-planning',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc
    expect(slug).toBe('chengweijianfa-2026-99')

    await within(2000, `/policies/${slug}`, (status, html) => status === 200 && html.includes('关于测试页面更新的通知'))
    await within(2000, '/policies', (_, html) => html.includes('关于测试页面更新的通知'))
    await within(2000, '/', (_, html) => html.includes('关于测试页面更新的通知'))
    await within(2000, '/feeds/policies.xml', (_, xml) => xml.includes('关于测试页面更新的通知'))

    const updated = await api('PATCH', `/policy-notices/${id}`, { title: '关于测试页面更新的通知（修订）', _status: 'published' })
    expect(updated.status).toBe(200)
    await within(2000, `/policies/${slug}`, (_, html) => html.includes('关于测试页面更新的通知（修订）'))

    const unpublished = await api('PATCH', `/policy-notices/${id}`, { _status: 'draft' })
    expect(unpublished.status).toBe(200)
    await within(2000, `/policies/${slug}`, (status) => status === 404)
    await within(2000, '/policies', (_, html) => !html.includes('关于测试页面更新的通知'))
  })
})
