import { describe, expect, inject, it } from 'vitest'
import { axeViolations, chromiumForThisFile, horizontalOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()

describe('site search', () => {
  it('works as a plain GET form without JavaScript, from the header', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/`)
    await page.click('.site-header__search')
    await page.waitForURL(/\/search$/)
    await page.fill('#search-q', '艾滋病检测')
    await page.click('form[role="search"] button[type="submit"]')
    await page.waitForURL(/\/search\?q=/)
    const titles = await page.locator('.search-results__title a').allTextContents()
    expect(titles.slice(0, 3).some((title) => title.includes('艾滋病自愿咨询检测') || title.includes('自愿咨询检测门诊')), titles.join(' | ')).toBe(true)
    await expect(page.locator('.search-results mark').first().textContent()).resolves.toMatch(/艾滋|检测/)
    expect(await horizontalOverflow(page)).toBe(0)
    await context.close()
  })

  it('finds a notice by its document number typed with ASCII brackets, and filters by section', async () => {
    const response = await fetch(`${baseUrl}/search?q=${encodeURIComponent('成办发[2004]5号')}`)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).toContain('/policies/chengbanfa-2004-5')
    const stations = await (await fetch(`${baseUrl}/search?q=${encodeURIComponent('计划生育服务站')}&type=station`)).text()
    expect(stations).toContain('/stations/')
    expect(stations).not.toContain('/policies/chengbanfa-2004-5')
  })

  it('helps when nothing matches, and passes axe in every state', async () => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent('量子纠缠火箭')}`)
    await expect(page.getByRole('heading', { name: '没有找到相关内容' }).count()).resolves.toBe(1)
    await expect(page.locator('a[href^="/search?q="]').count()).resolves.toBeGreaterThanOrEqual(3)
    await expect(page.locator('.hotline').count()).resolves.toBe(1)
    expect(await axeViolations(page)).toEqual([])
    // A pinyin typo: the page offers the site's own word, and following it finds the pages.
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent('生育登计')}`)
    await expect(page.locator('.did-you-mean').textContent()).resolves.toBe('您是不是要找：生育登记')
    expect(await axeViolations(page)).toEqual([])
    await page.locator('.did-you-mean a').click()
    await page.waitForURL(/q=%E7%94%9F%E8%82%B2%E7%99%BB%E8%AE%B0/)
    expect(await page.locator('.search-results > li').count()).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBe(0)
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs += 1
      void dialog.dismiss()
    })
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>')}`)
    await expect(page.locator('#search-q').inputValue()).resolves.toContain('<script>')
    expect(dialogs).toBe(0)
    await context.close()
  })

  it('answers hostile or odd queries with a page, never an error', async () => {
    for (const q of ["' OR 1=1 --", '%', '_', '\u202e\u200b', 'a'.repeat(5000), '[$ne]=1']) {
      const response = await fetch(`${baseUrl}/search?q=${encodeURIComponent(q)}&type=${encodeURIComponent(q)}&page=-3`)
      expect(response.status, q.slice(0, 20)).toBe(200)
    }
  })
})
