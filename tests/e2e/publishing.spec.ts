import { beforeAll, describe, expect, inject, it } from 'vitest'
import { demoToken } from '../http/staff-login'
import { axeViolations, chromiumForThisFile, horizontalOverflow, PHONE } from './browser'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'

/**
 * The publishing workflow against the running server: an editor writes a draft over REST and
 * previews it at its real address in Chromium (a visitor sees nothing), a reviewer publishes it
 * and the public page, list and feed follow within 2 s; a withdrawal shows its banner and leaves
 * the list and feed within 2 s; an unpublish leaves a 410 page, a delete with a replacement a 308.
 */

const baseUrl = inject('baseUrl')
const FRESH_MS = 2000
const browser = chromiumForThisFile()
const tokens: Record<'editor' | 'reviewer' | 'admin', string> = { editor: '', reviewer: '', admin: '' }

const richText = (text: string) => lexicalParagraphs([text])

async function api(who: keyof typeof tokens, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json().catch(() => null)
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

const get = (path: string) => fetch(`${baseUrl}${path}`, { redirect: 'manual' })

/** Polls until `check` holds, and returns how long that took (failing after `limit`). */
async function within(limit: number, check: () => Promise<boolean>) {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > limit) throw new Error(`not within ${limit} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return Date.now() - started
}

/** axe-core needs JavaScript in the page; the pages themselves are checked without it. */
async function axeOf(path: string, status: number) {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  expect((await page.goto(`${baseUrl}${path}`))?.status()).toBe(status)
  const violations = await axeViolations(page)
  await context.close()
  return violations
}

beforeAll(async () => {
  for (const role of Object.keys(tokens) as (keyof typeof tokens)[]) tokens[role] = await demoToken(baseUrl, role)
})

describe('publishing, withdrawal and retirement against the running server', () => {
  const title = `端到端发布测试${Date.now() % 100000}`
  let id = 0
  let slug = ''
  const timings: Record<string, number> = {}

  it('an editor writes a draft and previews it at its real address; a visitor sees nothing', async () => {
    const created = await api('editor', 'POST', '/outreach-articles?draft=true', { title, kind: 'story', summary: '端到端测试摘要。', body: richText('端到端测试正文。') })
    id = created.doc.id
    slug = created.doc.slug
    expect(slug).toBeTruthy()
    expect((await get(`/outreach/${slug}`)).status).toBe(404)

    const staff = await browser.newContext()
    await staff.addCookies([{ name: 'payload-token', value: tokens.editor, url: baseUrl }])
    const page = await staff.newPage()
    const response = await page.goto(`${baseUrl}/preview?path=${encodeURIComponent(`/outreach/${slug}`)}`)
    expect(response?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe(`/outreach/${slug}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(title)
    await expect(page.locator('.preview-notice').textContent()).resolves.toContain('公众看不到这个版本')
    await staff.close()

    const visitor = await browser.newContext()
    const anonymous = await visitor.newPage()
    expect((await anonymous.goto(`${baseUrl}/preview?path=${encodeURIComponent(`/outreach/${slug}`)}`))?.status()).toBe(403)
    expect((await anonymous.goto(`${baseUrl}/outreach/${slug}`))?.status()).toBe(404)
    await visitor.close()
  })

  it('a reviewer publishes it; page, list and feed show it within 2 s', async () => {
    await api('editor', 'POST', `/outreach-articles/${id}/actions/submit`, {})
    await api('reviewer', 'POST', `/outreach-articles/${id}/actions/publish`, {})
    timings.publish = await within(FRESH_MS, async () => (await (await get(`/outreach/${slug}`)).text()).includes(title))
    await within(FRESH_MS, async () => (await (await get('/outreach')).text()).includes(title))
    await within(FRESH_MS, async () => (await (await get('/feeds/outreach.xml')).text()).includes(title))
  })

  it('a withdrawal shows the banner with its reason and leaves the list and the feed within 2 s', async () => {
    const reason = '活动安排已调整，请以最新通知为准。'
    await api('reviewer', 'POST', `/outreach-articles/${id}/actions/withdraw`, { reason })
    timings.withdraw = await within(FRESH_MS, async () => (await (await get(`/outreach/${slug}`)).text()).includes(reason))
    await within(FRESH_MS, async () => !(await (await get('/outreach')).text()).includes(title))
    await within(FRESH_MS, async () => !(await (await get('/feeds/outreach.xml')).text()).includes(title))

    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    expect((await page.goto(`${baseUrl}/outreach/${slug}`))?.status()).toBe(200)
    const banner = page.getByRole('note').filter({ hasText: '撤回' })
    await expect(banner.textContent()).resolves.toMatch(/本文已于\d{4}年\d{1,2}月\d{1,2}日撤回/)
    await expect(banner.textContent()).resolves.toContain(reason)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await context.close()
    expect(await axeOf(`/outreach/${slug}`, 200)).toEqual([])
  })

  it('an unpublish leaves a polite 410 page in the site shell within 2 s; republishing brings the page back', async () => {
    await api('reviewer', 'POST', `/outreach-articles/${id}/actions/unpublish`, { reason: '活动已结束。' })
    timings.unpublish = await within(FRESH_MS, async () => (await get(`/outreach/${slug}`)).status === 410)
    const gone = await get(`/outreach/${slug}`)
    const html = await gone.text()
    expect(html).toContain('内容已下线')
    expect(html).toContain('活动已结束。')
    expect(html).toContain('href="/outreach"')
    expect(html).toContain('href="/search"')

    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    expect((await page.goto(`${baseUrl}/outreach/${slug}`))?.status()).toBe(410)
    await expect(page.locator('h1').textContent()).resolves.toBe('内容已下线')
    expect(await page.locator('header').count()).toBeGreaterThan(0)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await context.close()
    expect(await axeOf(`/outreach/${slug}`, 410)).toEqual([])

    await api('admin', 'POST', `/outreach-articles/${id}/actions/restore`, { reason: '按读者要求恢复。' })
    timings.republish = await within(FRESH_MS, async () => (await get(`/outreach/${slug}`)).status === 200)
  })

  it('deleting a page with a replacement chosen by staff leaves a 308 to it', async () => {
    await api('editor', 'PATCH', `/outreach-articles/${id}?draft=true`, { replacementPath: '/outreach' })
    await api('editor', 'POST', `/outreach-articles/${id}/actions/submit`, {})
    await api('reviewer', 'POST', `/outreach-articles/${id}/actions/publish`, {})
    await api('admin', 'DELETE', `/outreach-articles/${id}`)
    let last = 0
    await within(FRESH_MS, async () => (last = (await get(`/outreach/${slug}`)).status) === 308).catch((error) => {
      throw new Error(`${error.message}: last status ${last}`)
    })
    expect(new URL((await get(`/outreach/${slug}`)).headers.get('location') ?? '', baseUrl).pathname).toBe('/outreach')
    console.log(`publishing freshness (ms): ${JSON.stringify(timings)}`)
  })
})
