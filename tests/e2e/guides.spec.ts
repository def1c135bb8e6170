import { describe, expect, inject, it } from 'vitest'
import { axeViolations, checkPages, chromiumForThisFile, noOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()
const GUIDE = '/guides/shengyu-dengji'

describe('办事指南 in a real browser', () => {
  it('lists the guides, each marked 示例 in the demo, and is reachable from the navigation', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/`)
    await page.locator('.site-nav').getByRole('link', { name: '办事指南' }).click()
    await page.waitForURL(/\/guides$/)
    await expect(page.locator('.site-nav a[aria-current="page"]').textContent()).resolves.toBe('办事指南')
    const titles = await page.locator('.guide-list__title a').allTextContents()
    expect(titles).toEqual(expect.arrayContaining(['生育登记', '再生育登记', '育儿补贴申领', '计划生育特别扶助申请', '流动人口计划生育服务', '免费孕前优生健康检查']))
    expect(await page.locator('.guide-list__title .tag').count()).toBe(titles.length)
    await context.close()
  })

  it('answers who, how long, what to bring, where and online first, with structured data, on a phone', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}${GUIDE}`)
    await expect(page.locator('.guide-example').textContent()).resolves.toContain('示例')
    const facts = await page.locator('.guide-facts dt').allTextContents()
    expect(facts).toEqual(['服务对象', '办理时限', '收费标准', '办理时间', '咨询电话', '网上办理'])
    expect(await page.locator('.checklist > li').count()).toBeGreaterThanOrEqual(3)
    expect(await page.locator('.guide-steps > li').count()).toBeGreaterThanOrEqual(2)
    await expect(page.locator('#stations-title').textContent()).resolves.toBe('办理地点')
    expect(await page.locator('.station-links a[href^="/stations/"]').count()).toBeGreaterThan(0)
    await expect(page.locator('#basis-title + ul a').first().getAttribute('href')).resolves.toMatch(/^\/policies\//)
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((json) => JSON.parse(json))
    expect(data.map((item) => item['@type']).sort()).toEqual(['FAQPage', 'GovernmentService'])
    expect(data.find((item) => item['@type'] === 'GovernmentService')).toMatchObject({ name: '生育登记', areaServed: { name: '成都市' } })
    await context.close()
  })

  it('prints the materials checklist alone, on one page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl}${GUIDE}`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.guide-steps').isVisible()).toBe(false)
    await expect(page.locator('.guide-checklist__print-title').textContent()).resolves.toBe('生育登记：申请材料清单')
    const pdf = await page.pdf({ format: 'A4', printBackground: false })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []
    expect(pages.length).toBe(1)
    await context.close()
  })

  it('has no axe violations and fits a 360 px phone, also in 长者模式', async () => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    const paths = ['/guides', GUIDE, '/guides/jihua-shengyu-tebie-fuzhu']
    const { violations, overflow } = await checkPages(page, baseUrl, paths)
    expect(overflow).toEqual(noOverflow(paths))
    expect(violations).toEqual([])
    await page.goto(`${baseUrl}/reader-settings?elder=on&back=${GUIDE}`)
    await page.goto(`${baseUrl}${GUIDE}`)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
