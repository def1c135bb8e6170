import { beforeAll, describe, expect, inject, it } from 'vitest'
import { demoToken } from './staff-login'

const baseUrl = inject('baseUrl')
// The demo editor writes, the demo reviewer publishes: nobody publishes their own edit (issue 8).
const tokens = { editor: '', reviewer: '' }

async function api(method: string, path: string, body?: unknown, as: keyof typeof tokens = 'reviewer') {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[as]}` },
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
  for (const role of ['editor', 'reviewer'] as const) tokens[role] = await demoToken(baseUrl, role)
})

describe('cached policy pages follow what staff publish', () => {
  it('shows a newly published notice, its change and its withdrawal from publication within 2 s', async () => {
    const created = await api(
      'POST',
      '/policy-notices?draft=true',
      {
        title: '关于测试页面更新的通知',
        issuingAuthority: '成都市卫生健康委员会',
        documentNumber: '成卫健发〔2026〕99号',
        dateWritten: '2026-11-01',
        topic: 'family-planning',
      },
      'editor',
    )
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc
    expect(slug).toBe('chengweijianfa-2026-99')
    expect((await api('POST', `/policy-notices/${id}/actions/submit`, {}, 'editor')).status).toBe(200)
    expect((await api('POST', `/policy-notices/${id}/actions/publish`, {})).status).toBe(200)

    await within(2000, `/policies/${slug}`, (status, html) => status === 200 && html.includes('关于测试页面更新的通知'))
    await within(2000, '/policies', (_, html) => html.includes('关于测试页面更新的通知'))
    await within(2000, '/', (_, html) => html.includes('关于测试页面更新的通知'))
    await within(2000, '/feeds/policies.xml', (_, xml) => xml.includes('关于测试页面更新的通知'))

    expect((await api('PATCH', `/policy-notices/${id}?draft=true`, { title: '关于测试页面更新的通知（修订）' }, 'editor')).status).toBe(200)
    expect((await api('POST', `/policy-notices/${id}/actions/submit`, {}, 'editor')).status).toBe(200)
    const updated = await api('POST', `/policy-notices/${id}/actions/publish`, {})
    expect(updated.status).toBe(200)
    await within(2000, `/policies/${slug}`, (_, html) => html.includes('关于测试页面更新的通知（修订）'))

    const unpublished = await api('POST', `/policy-notices/${id}/actions/unpublish`, { reason: '测试结束，取消发布。' })
    expect(unpublished.status).toBe(200)
    // An unpublished address is never a broken link: it answers 410 Gone (retired-addresses).
    await within(2000, `/policies/${slug}`, (status) => status === 410)
    await within(2000, '/policies', (_, html) => !html.includes('关于测试页面更新的通知'))
  })
})

describe('a scheduled publication, made by the job worker outside any request', () => {
  it('reaches the home page, the list and the feed within seconds of the worker publishing it', async () => {
    const title = '关于测试定时发布更新首页的通知'
    // The home page's list and the feed are cached before the publication (as on a busy site).
    await within(2000, '/', (_, html) => !html.includes(title))
    await within(2000, '/feeds/policies.xml', (_, xml) => !xml.includes(title))
    const created = await api(
      'POST',
      '/policy-notices?draft=true',
      { title, issuingAuthority: '成都市卫生健康委员会', documentNumber: '成卫健发〔2026〕98号', dateWritten: '2026-11-02', topic: 'family-planning' },
      'editor',
    )
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc
    expect((await api('POST', `/policy-notices/${id}/actions/submit`, {}, 'editor')).status).toBe(200)
    // The desk takes whole minutes at least a minute ahead; the worker looks every 5 s.
    const at = new Date(Math.ceil((Date.now() + 61_000) / 60_000) * 60_000)
    expect((await api('POST', `/policy-notices/${id}/actions/schedule`, { at: at.toISOString() })).status).toBe(200)
    await within(at.getTime() - Date.now() + 30_000, `/policies/${slug}`, (status, html) => status === 200 && html.includes(title))
    // The notice page was not cached (it did not exist); the lists and the feed were.
    await within(2500, '/', (_, html) => html.includes(title))
    await within(2500, '/policies', (_, html) => html.includes(title))
    await within(2500, '/feeds/policies.xml', (_, xml) => xml.includes(title))
    expect((await api('POST', `/policy-notices/${id}/actions/unpublish`, { reason: '测试结束，取消发布。' })).status).toBe(200)
  }, 150_000)
})
