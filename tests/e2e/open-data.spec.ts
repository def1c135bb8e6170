import { beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations, chromiumForThisFile, horizontalOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()
let json: { from: string; to: string; total: Record<string, number | null>; months: { month: string; received: number }[]; kinds: unknown[]; departments: unknown[] }

beforeAll(async () => {
  json = await (await fetch(`${baseUrl}/open-data/figures.json`)).json()
})

describe('open data (公开数据)', () => {
  it('serves the figures as JSON and CSV downloads, cached for five minutes', async () => {
    const jsonResponse = await fetch(`${baseUrl}/open-data/figures.json`)
    expect(jsonResponse.status).toBe(200)
    expect(jsonResponse.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(jsonResponse.headers.get('cache-control')).toBe('public, max-age=300')
    expect(json.months).toHaveLength(12)
    expect(json.kinds).toHaveLength(5)
    expect(json.total).toMatchObject({ received: expect.any(Number), replied: expect.any(Number) })

    const csv = await fetch(`${baseUrl}/open-data/figures.csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="open-data-${json.from}-${json.to}.csv"`)
    expect(csv.headers.get('cache-control')).toBe('public, max-age=300')
    const bytes = Buffer.from(await csv.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = bytes.toString('utf8').slice(1).split('\r\n')
    expect(rows[0]).toMatch(/^分组,名称,收到留言,已受理/)
    expect(rows[1].split(',').slice(0, 4)).toEqual(['合计', `${json.from}至${json.to}`, String(json.total.received), String(json.total.accepted)])
  })

  it('shows the same figures, with charts that have a name and tables beside them, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl}/open-data`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').textContent()).resolves.toBe('公开数据：留言办理情况')
    const summary = await page.locator('.od-summary__item').allTextContents()
    const totalRow = await page.locator('#table-monthly-caption').locator('xpath=ancestor::table').locator('tfoot td').allTextContents()
    expect(summary[0]).toBe(`收到留言${totalRow[0]} 件`)
    expect(summary[2]).toBe(`已答复${totalRow[4]} 件`)
    // Page and downloads read one five-minute cache entry. In a long suite it may have been
    // renewed between the build and this test; when both name the same computation, they agree.
    const fresh = await (await fetch(`${baseUrl}/open-data/figures.json`)).json()
    if ((await page.locator('.od-updated time').getAttribute('datetime')) === fresh.generatedAt) {
      expect([totalRow[0], totalRow[4]]).toEqual([String(fresh.total.received), String(fresh.total.replied)])
    }

    const monthly = page.getByRole('img', { name: '每月收到和答复的留言数量' })
    expect(await monthly.count()).toBe(1)
    expect(await page.getByRole('img', { name: '各类留言收到和答复的数量' }).count()).toBe(1)
    await expect(page.locator('svg[role="img"] desc').first().textContent()).resolves.toContain(`共收到 ${totalRow[0]} 件`)

    const captions = await page.locator('table caption').allTextContents()
    expect(captions).toEqual([
      expect.stringContaining('每月留言办理情况'),
      expect.stringContaining('按留言类型统计'),
      ...(json.departments.length ? [expect.stringContaining('按承办部门统计')] : []),
    ])
    const monthRows = page.locator('#table-monthly-caption').locator('xpath=ancestor::table').locator('tbody th[scope="row"]')
    expect(await monthRows.count()).toBe(12)
    const regions = page.getByRole('region', { name: /每月留言办理情况/ })
    await expect(regions.getAttribute('tabindex')).resolves.toBe('0')
    expect(await page.locator('a[href="/open-data/figures.csv"]').count()).toBe(1)
    expect(await page.locator('.od-rules').textContent()).toContain('等待人工审核')
    await context.close()
  })

  it('is listed as a ready section, no longer as being built', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/open-data`)
    expect(await page.locator('text=本栏目的网上服务正在建设中').count()).toBe(0)
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    expect(sitemap).toContain('/open-data</loc>')
    await page.close()
  })

  it('reads in Traditional characters when the reader chose them', async () => {
    const context = await browser.newContext()
    await context.addCookies([{ name: 'zh-script', value: 'hant', url: baseUrl }])
    const page = await context.newPage()
    await page.goto(`${baseUrl}/open-data`)
    await expect(page.locator('h1').textContent()).resolves.toBe('公開數據：留言辦理情況')
    await context.close()
  })

  it('passes axe and does not overflow a 360 px phone', async () => {
    for (const options of [{}, PHONE]) {
      const context = await browser.newContext(options)
      const page = await context.newPage()
      await page.goto(`${baseUrl}/open-data`)
      expect(await axeViolations(page)).toEqual([])
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      await context.close()
    }
  })

  it('draws chart labels at a readable size on a phone, and larger in 长者模式', async () => {
    const labelSize = async (elder: boolean) => {
      const context = await browser.newContext(PHONE)
      const page = await context.newPage()
      if (elder) await page.goto(`${baseUrl}/reader-settings?elder=on&back=/open-data`)
      await page.goto(`${baseUrl}/open-data`)
      // The rendered height of a label's glyphs, in CSS pixels, whatever the drawing's scale.
      const size = await page.locator('.od-chart__svg text').first().evaluate((text) => (text as SVGTextElement).getBoundingClientRect().height)
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      await context.close()
      return size
    }
    const standard = await labelSize(false)
    const elder = await labelSize(true)
    expect(standard).toBeGreaterThanOrEqual(14)
    expect(elder).toBeGreaterThan(standard * 1.15)
  })
})
