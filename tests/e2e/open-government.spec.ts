import { describe, expect, inject, it } from 'vitest'
import { signInToAdmin } from './admin-sign-in'
import { axeViolations, checkPages, chromiumForThisFile, nextScriptsRan, noOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()
const NOTICE = '/policies/chengbanfa-2004-5'

describe('政府信息公开, 网站地图, 无障碍声明 and 网站找错 in a real browser', () => {
  it('reaches the hub from the navigation, with the guide, the catalogue, 依申请公开 and 政策解读', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/`)
    await page.locator('.site-nav').getByRole('link', { name: '政府信息公开' }).click()
    await page.waitForURL(/\/open-government$/)
    const tasks = await page.locator('.task-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(tasks).toEqual(['/open-government/guide', '/policies', '/open-government/apply', '/open-government/annual-reports'])
    expect(await page.locator('#catalogue-title + p + h3 + ul a[href^="/policies?topic="]').count()).toBe(7)
    expect(await page.locator('a[href^="/policies?year="]').count()).toBeGreaterThan(0)
    expect(await page.locator('#interpretations-title ~ ol .policy-item').count()).toBeGreaterThan(0)
    await page.getByRole('link', { name: '政府信息公开指南' }).first().click()
    await page.waitForURL(/\/open-government\/guide$/)
    const parts = await page.locator('h2').allTextContents()
    expect(parts).toEqual(expect.arrayContaining(['主动公开的政府信息', '如何申请公开', '答复时限', '收费', '救济途径']))
    await expect(page.locator('.notice[role="note"]').textContent()).resolves.toContain('示例')
    await context.close()
  })

  it('lists every section of the navigation on the site map, with its pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/`)
    const nav = await page.locator('nav.site-nav a').allTextContents()
    await page.locator('footer').getByRole('link', { name: '网站地图' }).click()
    await page.waitForURL(/\/site-map$/)
    expect(await page.locator('.site-map__section h2').allTextContents()).toEqual(nav)
    expect(await page.locator('a[href="/guides/shengyu-dengji"]').count()).toBe(1)
    expect(await page.locator('a[href="/feedback/track"]').count()).toBeGreaterThan(0)
    await context.close()
  })

  it('takes an error report from a notice page without JavaScript: the address filled in, a clear message, then a number and a date', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}${NOTICE}`)
    await page.locator('footer').getByRole('link', { name: '网站找错' }).click()
    await page.waitForURL(`${baseUrl}/site-errors?page=${encodeURIComponent(NOTICE)}`)
    await expect(page.locator('#field-pageUrl').inputValue()).resolves.toBe(NOTICE)
    await page.getByRole('button', { name: '提交' }).click()
    await page.locator('.error-summary').waitFor()
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('请用至少 5 个字说明哪里有错')
    await expect(page.locator('#field-pageUrl').inputValue()).resolves.toBe(NOTICE)
    await page.fill('#field-description', '正文第二段“计划生育”误写为“计化生育”。')
    await page.fill('#field-email', 'reader@example.test')
    await page.getByRole('button', { name: '提交' }).click()
    await page.locator('#error-report-done').waitFor()
    await expect(page.locator('.code').textContent()).resolves.toMatch(/^ZC\d{8}-[2-9A-Z]{4}$/)
    await expect(page.locator('dd time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await expect(page.getByRole('link', { name: '返回出错的页面' }).getAttribute('href')).resolves.toBe(NOTICE)
    expect(await nextScriptsRan(page)).toBe(false)
    await context.close()
  })

  it('puts the report in the staff queue with its count, where the legal steps are the only buttons', async () => {
    const page = await signInToAdmin(browser, 'editor')
    await page.goto(`${baseUrl}/admin/site-errors`)
    await page.locator('.error-desk__table').waitFor()
    await expect(page.locator('.error-desk__tabs [aria-current="page"]').textContent()).resolves.toMatch(/^待处理 \d+$/)
    const row = page.locator('.error-desk__table tr', { hasText: '计化生育' })
    await row.getByRole('link').click()
    await page.locator('#error-desk-title').waitFor()
    expect(await page.locator('.error-desk button').allTextContents()).toEqual(['答复并办结', '不予处理'])
    await page.selectOption('#step-answer-outcome', 'corrected')
    await page.fill('#step-answer-answer', '感谢指正，已改正。')
    await page.getByRole('button', { name: '答复并办结' }).click()
    await page.locator('.error-desk__notice').waitFor()
    await expect(page.locator('.error-desk__notice').textContent()).resolves.toContain('已答复并办结')
    expect(await page.locator('.error-desk button').count()).toBe(0)
    await page.context().close()
  })

  it('has no axe violations and fits a 360 px phone on every new page, also in 长者模式', async () => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    const paths = ['/open-government', '/open-government/guide', '/site-map', '/accessibility', '/site-errors', `/site-errors?page=${encodeURIComponent(NOTICE)}`]
    const { violations, overflow } = await checkPages(page, baseUrl, paths)
    expect(overflow).toEqual(noOverflow(paths))
    expect(violations).toEqual([])
    await page.goto(`${baseUrl}/reader-settings?elder=on&back=/site-errors`)
    for (const path of ['/site-errors', '/open-government/guide']) {
      await page.goto(`${baseUrl}${path}`)
      expect(await axeViolations(page)).toEqual([])
    }
    await context.close()
  })
})
