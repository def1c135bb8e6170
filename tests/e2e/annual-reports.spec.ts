import { describe, expect, inject, it } from 'vitest'
import { demoToken } from '../http/staff-login'
import { signInToAdmin } from './admin-sign-in'
import { axeViolations, checkPages, chromiumForThisFile, nextScriptsRan, noOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()
const REPORT = '/open-government/annual-reports/2025'

describe('政府信息公开工作年度报告 in a real browser', () => {
  it('is reached from the hub without JavaScript: the list, then the year with its six parts and real tables', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/open-government`)
    await page.locator('.task-list').getByRole('link', { name: '政府信息公开工作年度报告' }).click()
    await page.waitForURL(/\/open-government\/annual-reports$/)
    await page.getByRole('link', { name: '2025年政府信息公开工作年度报告' }).click()
    await page.waitForURL(new RegExp(`${REPORT}$`))
    expect(await page.locator('article h2').allTextContents()).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ])
    await expect(page.locator('.notice[role="note"]').textContent()).resolves.toContain('示例')
    // Every table: a caption naming its scrolling region, which the keyboard can focus.
    const regions = page.locator('.report-table-scroll')
    expect(await regions.count()).toBe(3)
    for (const region of await regions.all()) {
      await expect(region.getAttribute('tabindex')).resolves.toBe('0')
      const caption = await region.locator('caption').getAttribute('id')
      await expect(region.getAttribute('aria-labelledby')).resolves.toBe(caption)
    }
    const applications = page.locator('#report-table-applications')
    await expect(applications.locator('th[scope="colgroup"]').textContent()).resolves.toBe('法人或其他组织')
    expect(await applications.locator('thead th[scope="col"]').allTextContents()).toEqual(['申请情况', '自然人', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])
    await expect(applications.locator('th[scope="rowgroup"]').textContent()).resolves.toBe('三、本年度办理结果')
    await expect(applications.locator('tr', { hasText: '一、本年新收政府信息公开申请数量' }).locator('td').last().textContent()).resolves.toBe('12')
    expect(await nextScriptsRan(page)).toBe(false)
    await context.close()
  })

  it('downloads the tables as CSV in UTF-8 with a byte-order mark and Chinese headings', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${baseUrl}${REPORT}`)
    const href = await page.getByRole('link', { name: /下载本报告的统计表格/ }).getAttribute('href')
    expect(href).toBe(`${REPORT}/tables.csv`)
    const response = await fetch(`${baseUrl}${href}`)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text).toContain('申请情况,自然人,法人或其他组织：商业企业')
    expect((await fetch(`${baseUrl}/open-government/annual-reports/2019/tables.csv`)).status).toBe(404)
    await page.context().close()
  })

  it('lets an editor generate the tables into a draft while the published report stays as it was', async () => {
    const token = await demoToken(baseUrl, 'editor')
    const generatedAt = async () => {
      const answer = await fetch(`${baseUrl}/api/open-government-reports?where[year][equals]=2025&draft=true&depth=0`, { headers: { Authorization: `JWT ${token}` } })
      return ((await answer.json()) as { docs: { tables?: { generatedAt?: string } }[] }).docs[0]?.tables?.generatedAt
    }
    const before = await (await fetch(`${baseUrl}${REPORT}/tables.csv`)).text()
    const page = await signInToAdmin(browser, 'editor')
    await page.goto(`${baseUrl}/admin/collections/open-government-reports`)
    await page.getByRole('link', { name: '2025年政府信息公开工作年度报告' }).click()
    await page.locator('#report-tables-title').waitFor()
    const earlier = await generatedAt()
    // The answer shows for a moment, then the page reads itself again with the new tables.
    await Promise.all([page.waitForEvent('framenavigated'), page.getByRole('button', { name: '按本年数据生成表格' }).click()])
    await page.locator('#report-tables-title').waitFor()
    expect(await generatedAt()).not.toBe(earlier)
    await expect(page.locator('#report-tables-title + p').textContent()).resolves.toMatch(/^表格按 2025 年的数据生成于/)
    expect(await (await fetch(`${baseUrl}${REPORT}/tables.csv`)).text()).toBe(before)
    await page.context().close()
  })

  it('has no axe violations and fits a 360 px phone, the tables scrolling inside their regions, also in 长者模式', async () => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    const paths = ['/open-government/annual-reports', REPORT]
    const { violations, overflow } = await checkPages(page, baseUrl, paths)
    expect(overflow).toEqual(noOverflow(paths))
    expect(violations).toEqual([])
    const scrolls = await page.locator('#report-table-applications').evaluate((table) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth)
    expect(scrolls).toBe(true)
    await page.goto(`${baseUrl}/reader-settings?elder=on&back=${REPORT}`)
    await page.goto(`${baseUrl}${REPORT}`)
    expect(await axeViolations(page)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
    await context.close()
  })
})
