import { describe, expect, inject, it } from 'vitest'
import { axeViolations, chromiumForThisFile, horizontalOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()

const PUBLIC_PAGES = ['/', '/policies', '/stations', '/feedback', '/no-such-page']

describe('the public shell in a real browser', () => {
  it('shows the home page with the sections, the hotline and the footer registration numbers', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/`)
    await expect(page.locator('h1').textContent()).resolves.toContain('成都市计划生育与生殖健康服务网')
    const nav = await page.locator('nav.site-nav a').allTextContents()
    expect(nav).toEqual(['政策文件', '办事指南', '婚育新风', '健康与防艾', '服务网点', '互动交流', '征求意见', '公开数据', '政府信息公开'])
    await expect(page.locator('a[href="tel:12320"]').first().isVisible()).resolves.toBe(true)
    await expect(page.locator('footer').textContent()).resolves.toContain('网站标识码')
    await expect(page.locator('footer').textContent()).resolves.toContain('成都市卫生健康委员会')
    // The content sections' cards show some of their pages; 婚育新风 leads with the events to come.
    for (const href of ['/policies', '/guides', '/outreach', '/health']) {
      expect(await page.locator(`.card:has(.card__title a[href="${href}"]) .card__latest li`).count(), href).toBeGreaterThan(0)
    }
    await expect(page.locator('.card:has(.card__title a[href="/outreach"]) .card__latest a').first().getAttribute('href')).resolves.toMatch(/^\/events\//)

    // Search from the home page, with an everyday word
    await page.fill('#home-search-q', '准生证')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=/)
    await expect(page.locator('.search-also').textContent()).resolves.toContain('生育登记')
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('reaches the main content with the keyboard through the skip link', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/`)
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到正文')
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main')
    await page.close()
  })

  for (const javaScriptEnabled of [true, false]) {
    const label = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript'

    it(`switches to Traditional characters and keeps them across pages, ${label}`, async () => {
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(`${baseUrl}/stations`)
      await page.getByRole('link', { name: '繁體中文' }).click()
      await page.waitForURL(`${baseUrl}/stations`)
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hant')
      await expect(page.locator('h1').textContent()).resolves.toBe('服務網點')
      await page.getByRole('link', { name: '婚育新風' }).click()
      await page.waitForURL(`${baseUrl}/outreach`)
      await expect(page.locator('h1').textContent()).resolves.toBe('婚育新風')
      await page.getByRole('link', { name: '简体中文' }).click()
      await expect(page.locator('h1').textContent()).resolves.toBe('婚育新风')
      await context.close()
    })

    it(`turns 长者模式 on and off, bigger text that persists across pages, ${label}`, async () => {
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(`${baseUrl}/`)
      const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
      const standard = await fontSize()
      await page.getByRole('link', { name: '长者模式' }).click()
      await page.waitForURL(`${baseUrl}/`)
      expect(await fontSize()).toBeGreaterThan(standard * 1.15)
      await page.getByRole('link', { name: '服务网点' }).first().click()
      await page.waitForURL(`${baseUrl}/stations`)
      expect(await fontSize()).toBeGreaterThan(standard * 1.15)
      const exit = page.getByRole('link', { name: '退出长者模式' })
      await expect(exit.isVisible()).resolves.toBe(true)
      await exit.click()
      await page.waitForURL(`${baseUrl}/stations`)
      expect(await fontSize()).toBeCloseTo(standard, 1)
      await context.close()
    })
  }

  it('has no axe violations on public pages, in every reader setting', async () => {
    const settings = [[], [{ name: 'zh-script', value: 'hant' }], [{ name: 'elder-mode', value: 'on' }]]
    const found: string[] = []
    for (const cookies of settings) {
      const context = await browser.newContext()
      await context.addCookies(cookies.map((cookie) => ({ ...cookie, url: baseUrl })))
      const page = await context.newPage()
      for (const path of PUBLIC_PAGES) {
        await page.goto(`${baseUrl}${path}`)
        for (const violation of await axeViolations(page)) {
          found.push(`${path} ${JSON.stringify(cookies)}: ${violation.id} at ${violation.targets.join(', ')}`)
        }
      }
      await context.close()
    }
    expect(found).toEqual([])
  })

  it('fits a 360 px phone without horizontal scrolling, also in 长者模式', async () => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    for (const elder of [false, true]) {
      if (elder) await context.addCookies([{ name: 'elder-mode', value: 'on', url: baseUrl }])
      for (const path of PUBLIC_PAGES) {
        await page.goto(`${baseUrl}${path}`)
        expect({ path, elder, overflow: await horizontalOverflow(page) }).toEqual({ path, elder, overflow: 0 })
      }
    }
    await context.close()
  })
})
