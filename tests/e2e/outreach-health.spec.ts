import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { demoToken } from '../http/staff-login'
import { axeViolations, chromiumForThisFile, horizontalOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const ARTICLE = '/outreach/men-share-responsibility'
const UPCOMING = '/events/migrant-workers-reproductive-health-clinic'
const PAST = '/events/newlyweds-healthy-births-talk'
const TOPIC = '/health/hiv-voluntary-counselling-testing'
const OVERDUE = '/health/adolescent-reproductive-health'
const CURRENT = '/health/contraception-methods'
const PAGE_TYPES = {
  'outreach list': '/outreach',
  'outreach article': ARTICLE,
  'events list': '/events',
  'event': UPCOMING,
  'health list': '/health',
  'health topic': TOPIC,
  'floating-population guide': '/floating-population',
}
const MAX_PAGE_BYTES = 250 * 1024
const browser = chromiumForThisFile()

async function open(path: string, javaScriptEnabled = false) {
  const context = await browser.newContext({ javaScriptEnabled })
  const page = await context.newPage()
  const response = await page.goto(`${baseUrl}${path}`)
  expect(response?.status()).toBe(200)
  return { page, close: () => context.close() }
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents()

describe('outreach (婚育新风) in a real browser', () => {
  it('lists articles, filters them by topic with a GET form without JavaScript, and opens one', async () => {
    const { page, close } = await open('/outreach')
    await expect(page.locator('h1').textContent()).resolves.toBe('婚育新风')
    expect((await texts(page, '.content-item__title')).length).toBeGreaterThanOrEqual(6)
    await page.selectOption('#outreach-tag', 'floating-population')
    await page.getByRole('button', { name: '筛选' }).click()
    await page.waitForURL(/tag=floating-population/)
    const titles = await texts(page, '.content-item__title')
    expect(titles.sort()).toEqual(['来蓉务工人员办理生育登记指引', '流动人口免费孕前优生健康检查怎么预约'].sort())

    await page.goto(`${baseUrl}${ARTICLE}`)
    await expect(page.locator('h1').textContent()).resolves.toBe('男性参与：丈夫也是生殖健康的“责任人”')
    const image = page.locator('.content-page__image')
    await expect(image.getAttribute('alt')).resolves.toContain('医生')
    await expect(image.getAttribute('srcset')).resolves.toMatch(/^\/api\/media\/file\/\S+ 480w, \S+ 960w, \S+ 1440w$/)
    await expect(image.getAttribute('src')).resolves.toMatch(/^\/api\/media\/file\/.+\.webp$/)
    expect(await texts(page, '.tag-labels .tag')).toEqual(['男性参与', '生殖健康'])
    await close()
  })

  it('shows upcoming events first, past ones under 往期活动, and event details in Beijing time', async () => {
    const { page, close } = await open('/events')
    const headings = await texts(page, 'main h2')
    expect(headings.indexOf('即将举行')).toBeLessThan(headings.indexOf('往期活动'))
    const upcoming = await page.locator('section[aria-labelledby="upcoming-title"] time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''))
    expect(upcoming.length).toBe(3)
    expect([...upcoming].sort()).toEqual(upcoming)
    const past = await texts(page, 'section[aria-labelledby="past-title"] .content-item__title')
    expect(past).toEqual(['新婚夫妇优生优育讲座', '防艾知识社区宣传与免费咨询', '关爱女孩主题宣传日'])

    await page.goto(`${baseUrl}${UPCOMING}`)
    const facts = await page.locator('.event-facts').textContent()
    expect(facts).toMatch(/\d{4}年\d{1,2}月\d{1,2}日周. 18:30–20:30（北京时间）/)
    await expect(page.locator('.event-facts a[href^="/stations/"]').getAttribute('href')).resolves.toBe('/stations/jinniu-002')
    await expect(page.locator('.event-facts a[href^="tel:"]').getAttribute('href')).resolves.toBe('tel:02883300000')
    await expect(page.locator(`a[href="${UPCOMING}/event.ics"]`).count()).resolves.toBe(1)

    await page.goto(`${baseUrl}${PAST}`)
    await expect(page.locator('.banner').textContent()).resolves.toContain('本活动已经结束')
    await close()
  })

  it('serves a valid iCalendar file for an event', async () => {
    const response = await fetch(`${baseUrl}${UPCOMING}/event.ics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="migrant-workers-reproductive-health-clinic\.ics"$/)
    const bytes = Buffer.from(await response.arrayBuffer())
    const text = bytes.toString('utf8')
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = text.split('\r\n').slice(0, -1)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    const unfolded = text.replace(/\r\n /g, '').split('\r\n')
    const value = (name: string) => unfolded.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1)
    expect(value('DTSTART')).toMatch(/^\d{8}T103000Z$/)
    expect(value('DTEND')).toMatch(/^\d{8}T123000Z$/)
    expect(value('UID')).toMatch(/^event-\d+@127\.0\.0\.1/)
    expect(value('SUMMARY')).toBe('流动人口生殖健康义诊（务工人员专场）')
    expect(value('LOCATION')).toContain('驷马桥街道')
    expect(value('URL')).toBe(`${baseUrl}${UPCOMING}`)
    expect(unfolded).toContain('BEGIN:VEVENT')
    const again = await (await fetch(`${baseUrl}${UPCOMING}/event.ics`)).text()
    expect(again.match(/UID:.*/)?.[0]).toBe(text.match(/UID:.*/)?.[0])
    expect((await fetch(`${baseUrl}/events/no-such-event/event.ics`)).status).toBe(404)
  })
})

describe('health topics (健康与防艾) in a real browser', () => {
  it('groups topics by tag and shows a page in fact-sheet order with FAQ structured data', async () => {
    const { page, close } = await open('/health')
    const groups = await texts(page, 'main section h2')
    expect(groups).toEqual(expect.arrayContaining(['艾滋病防治', '避孕节育', '流动人口']))
    // Each topic once, under its first tag, however many tags it has.
    const listed = await page.locator('main section a[href^="/health/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(listed.length).toBeGreaterThan(0)
    expect(new Set(listed).size).toBe(listed.length)
    await page.goto(`${baseUrl}${TOPIC}`)
    const h2s = await texts(page, 'main h2')
    expect(h2s[0]).toBe('要点')
    expect(h2s).toEqual(expect.arrayContaining(['常见问题', '到哪里获得服务', '电话咨询']))
    expect(h2s.indexOf('要点')).toBeLessThan(h2s.indexOf('常见问题'))
    const json = await page.locator('script[type="application/ld+json"]').textContent()
    const data = JSON.parse(json ?? '')
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@type']).toBe('FAQPage')
    expect(data.mainEntity.length).toBeGreaterThanOrEqual(3)
    expect(data.mainEntity[0]).toMatchObject({ '@type': 'Question', acceptedAnswer: { '@type': 'Answer' } })
    const stations = await page.locator('.station-links a[href^="/stations/"]').count()
    expect(stations).toBeGreaterThan(0)
    // The 72-hour advice leads to a door that is open now: the round-the-clock point comes first
    const first = page.locator('.station-links li').first()
    await expect(first.locator('a').first().getAttribute('href')).resolves.toBe('/stations/jinjiang-099')
    await expect(first.locator('.open-state').textContent()).resolves.toBe('24小时开放')
    const review = await page.locator('.review-info').textContent()
    expect(review).toMatch(/医学审核王建国/)
    expect(review).toMatch(/最近审核\d{4}-\d{2}-\d{2}/)
    expect(review).toMatch(/下次审核\d{4}-\d{2}-\d{2}/)
    await expect(page.locator('.review-notice').count()).resolves.toBe(0)
    // A sensitive topic: nothing that asks for personal data, and a note saying so.
    await expect(page.locator('main form, main input, main textarea').count()).resolves.toBe(0)
    await expect(page.locator('.privacy-note').textContent()).resolves.toContain('无需提供')
    // Links out name no page; same-origin rather than no-referrer, so the footer's 网站找错 form still posts with its origin.
    await expect(page.locator('meta[name="referrer"]').getAttribute('content')).resolves.toBe('same-origin')
    await close()
  })

  it('tells readers when a page is past its review date', async () => {
    const { page, close } = await open(OVERDUE)
    const notice = page.locator('.review-notice')
    await expect(notice.textContent()).resolves.toContain('本页内容正在复核')
    await expect(notice.getAttribute('role')).resolves.toBe('note')
    await page.goto(`${baseUrl}${CURRENT}`)
    await expect(page.locator('.review-notice').count()).resolves.toBe(0)
    await close()
  })

  it('builds the floating-population guide from tagged content and the station directory', async () => {
    const { page, close } = await open('/floating-population')
    await expect(page.locator('h1').textContent()).resolves.toBe('流动人口服务指南')
    await expect(page.locator('.notice').textContent()).resolves.toContain('实现与常住人口同管理、同服务')
    await expect(page.locator('a[href="/policies/chengbanfa-2004-5"]').count()).resolves.toBe(1)
    const links = await page.locator('main a').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')))
    expect(links).toEqual(
      expect.arrayContaining([
        '/outreach/birth-registration-guide-for-migrant-workers',
        '/health/pre-pregnancy-checkup',
        '/health/floating-population-family-planning-services',
        UPCOMING,
      ]),
    )
    expect(links).not.toContain(PAST)
    expect(links.filter((href) => href?.startsWith('/stations/')).length).toBeGreaterThan(0)
    await close()
  })
})

describe('every page type', () => {
  it('has alt text on every image, no axe violations, and fits a 360 px phone', async () => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    const found: string[] = []
    for (const path of [...Object.values(PAGE_TYPES), OVERDUE, PAST]) {
      await page.goto(`${baseUrl}${path}`)
      const missingAlt = await page.locator('img:not([alt])').count()
      expect({ path, missingAlt }).toEqual({ path, missingAlt: 0 })
      for (const v of await axeViolations(page)) found.push(`${path}: ${v.id} at ${v.targets.join(', ')}`)
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 })
    }
    // Traditional characters and 长者模式 (larger text) too.
    for (const cookie of [{ name: 'zh-script', value: 'hant' }, { name: 'elder-mode', value: 'on' }]) {
      await context.clearCookies()
      await context.addCookies([{ ...cookie, url: baseUrl }])
      for (const path of [...Object.values(PAGE_TYPES), OVERDUE]) {
        await page.goto(`${baseUrl}${path}`)
        for (const v of await axeViolations(page)) found.push(`${path} ${cookie.name}: ${v.id} at ${v.targets.join(', ')}`)
        expect({ path, cookie: cookie.name, overflow: await horizontalOverflow(page) }).toEqual({ path, cookie: cookie.name, overflow: 0 })
      }
    }
    expect(found).toEqual([])
    await context.close()
  })

  it('can be used with the keyboard: the skip link and the topic filter', async () => {
    const { page, close } = await open('/outreach')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到正文')
    await page.focus('#outreach-tag')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForURL(/tag=/)
    await close()
  })

  it('weighs under 250 kB transferred per page with JavaScript on, all from our own origin', async () => {
    const figures: Record<string, string> = {}
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      const context = await browser.newContext({ ...PHONE, javaScriptEnabled: true })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      let bytes = 0
      const origins = new Set<string>()
      cdp.on('Network.loadingFinished', (event) => {
        bytes += event.encodedDataLength
      })
      cdp.on('Network.requestWillBeSent', (event) => {
        if (!event.request.url.startsWith('data:')) origins.add(new URL(event.request.url).origin)
      })
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
      // Next prefetches visible links once the page is idle: wait for that too, it is part of the cost.
      await page.waitForTimeout(1500)
      figures[name] = `${(bytes / 1024).toFixed(1)} kB`
      expect({ name, origins: [...origins] }).toEqual({ name, origins: [new URL(baseUrl).origin] })
      expect({ name, under: bytes < MAX_PAGE_BYTES }).toEqual({ name, under: true })
      await context.close()
    }
    console.log('page weight (transferred, JavaScript on, 360 px phone):', figures)
  })
})

describe('cached pages follow what staff publish', () => {
  async function within(ms: number, path: string, check: (status: number, html: string) => boolean) {
    const started = Date.now()
    for (;;) {
      const response = await fetch(`${baseUrl}${path}`)
      if (check(response.status, await response.text())) return
      if (Date.now() - started > ms) throw new Error(`${path} did not change within ${ms} ms`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  it('shows a newly published health page in its lists within 2 s, and withdraws it on unpublish', async () => {
    // The demo editor writes the page, the demo reviewer publishes it (issue 8: never one's own edit).
    const tokens: Record<string, string> = {
      editor: await demoToken(baseUrl, 'editor'),
      reviewer: await demoToken(baseUrl, 'reviewer'),
    }
    const api = async (method: string, path: string, body: unknown, as = 'reviewer') => {
      const response = await fetch(`${baseUrl}/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[as]}` },
        body: JSON.stringify(body),
      })
      return { status: response.status, json: await response.json() }
    }
    const created = await api(
      'POST',
      '/health-topics?draft=true',
      {
        title: '测试：流动人口健康讲座答疑',
        summary: '测试页面。',
        keyFacts: [{ fact: '测试要点。' }],
        medicalReviewer: { name: '测试医生', title: '主治医师' },
        lastReviewedAt: new Date().toISOString(),
        tags: ['floating-population'],
      },
      'editor',
    )
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc
    expect((await api('POST', `/health-topics/${id}/actions/submit`, {}, 'editor')).status).toBe(200)
    expect((await api('POST', `/health-topics/${id}/actions/publish`, {})).status).toBe(200)
    expect(slug).toBe('ce-shi-liu-dong-ren-kou-jian-kang-jiang-zuo-da-yi')
    await within(2000, `/health/${slug}`, (status, html) => status === 200 && html.includes('测试：流动人口健康讲座答疑'))
    await within(2000, '/health', (_, html) => html.includes('测试：流动人口健康讲座答疑'))
    await within(2000, '/floating-population', (_, html) => html.includes('测试：流动人口健康讲座答疑'))

    expect((await api('POST', `/health-topics/${id}/actions/unpublish`, { reason: '测试结束，取消发布。' })).status).toBe(200)
    await within(2000, `/health/${slug}`, (status) => status === 404)
    await within(2000, '/health', (_, html) => !html.includes('测试：流动人口健康讲座答疑'))
  })
})

describe('admin', () => {
  it('shows staff how many health pages are past their review date, with a link to them', async () => {
    const token = await demoToken(baseUrl, 'reviewer')
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: token, url: baseUrl }])
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/collections/health-topics`)
    const summary = page.getByText('已过复核日期', { exact: false }).first()
    await summary.waitFor({ timeout: 20_000 })
    await expect(page.locator('body').textContent()).resolves.toMatch(/已过复核日期\s*1\s*篇/)
    const link = page.getByRole('link', { name: '只看已过复核日期的页面' })
    await link.click()
    // The admin navigates in the page (no load event): wait for the address only
    await page.waitForURL(/nextReviewDueAt/, { waitUntil: 'commit' })
    await page.getByText('青春期生殖健康：给青少年和家长的话').first().waitFor({ timeout: 20_000 })
    await expect(page.getByText('避孕方法：怎样选择适合自己的方法').count()).resolves.toBe(0)
    await context.close()
  })
})
