import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { CHENGDU_AREAS } from '@/seed/chengdu-areas'
import { demoToken } from '../http/staff-login'
import { checkPages, chromiumForThisFile, noOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
// The demo directory (src/seed/stations.csv): a county station with a dated exception, and a
// 24-hour testing clinic that is open whatever the clock says.
const COUNTY_STATION = '/stations/jinjiang-001'
const ALWAYS_OPEN = { key: 'jinjiang-099', name: '成都市公共卫生临床医疗中心（24小时自愿咨询检测）', lat: 30.633, lng: 104.121 }
const browser = chromiumForThisFile()

const names = (page: Page) => page.locator('.station-item__name').allTextContents()
const metas = (page: Page) => page.locator('.station-item .station-item__meta').allTextContents()
/** The filters are folded under the results' heading until used; a reader opens them first. */
const openFilters = (page: Page) => page.locator('.filter-fold > summary').click()

describe('service stations in a real browser', () => {
  it('filters by area, street, service, type, "open now" and text with a plain GET form, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/stations`)
    await expect(page.locator('.result-count').textContent()).resolves.toMatch(/^共 65 个网点，第 1 \/ 4 页$/)
    // "Near me" needs a script; without one the area filters stand in for it
    expect(await page.getByRole('button', { name: /按距离排序/ }).count()).toBe(0)

    await openFilters(page)
    await page.selectOption('#station-district', 'wuhou')
    await page.selectOption('#station-service', 'floating-population')
    await page.getByRole('button', { name: '查找' }).click()
    await page.waitForURL(/district=wuhou/)
    const wuhou = await metas(page)
    expect(wuhou.length).toBeGreaterThan(0)
    for (const meta of wuhou) expect(meta).toContain('武侯区')
    expect(await page.locator('#station-district').inputValue()).toBe('wuhou')
    // In use, the filters stay open and their summary names them.
    await expect(page.locator('.filter-fold').getAttribute('open')).resolves.toBe('')
    await expect(page.locator('.filter-fold__chosen').textContent()).resolves.toBe('已选：武侯区、流动人口计划生育服务')

    // With an area chosen, the street list holds only that area's streets
    const streets = await page.locator('#station-street option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
    expect(streets.filter(Boolean).every((code) => code.startsWith('wuhou-'))).toBe(true)
    await page.selectOption('#station-street', 'wuhou-jiangxijie')
    await page.selectOption('#station-service', '')
    await page.getByRole('button', { name: '查找' }).click()
    await page.waitForURL(/street=wuhou-jiangxijie/)
    for (const meta of await metas(page)) expect(meta).toContain('浆洗街街道')

    await page.goto(`${baseUrl}/stations?type=vct-point`)
    for (const meta of await metas(page)) expect(meta).toContain('艾滋病自愿咨询检测点')

    await page.goto(`${baseUrl}/stations`)
    await openFilters(page)
    await page.check('#station-open')
    await page.fill('#station-q', '自愿咨询检测')
    await page.keyboard.press('Enter')
    await page.waitForURL(/open=1/)
    expect(await names(page)).toContain(ALWAYS_OPEN.name)
    const states = await page.locator('.station-item .open-state').allTextContents()
    for (const state of states) expect(state).toMatch(/^(正在开放|24小时开放)/)
    const alwaysOpen = page.locator('.station-item', { hasText: ALWAYS_OPEN.name }).locator('.open-state')
    await expect(alwaysOpen.textContent()).resolves.toContain('24小时开放')

    await page.goto(`${baseUrl}/stations?q=${encodeURIComponent('不存在的网点名称')}`)
    await expect(page.locator('.notice').first().textContent()).resolves.toContain('没有找到符合条件的网点')
    await context.close()
  })

  it('sorts by distance from the visitor once they share their location', async () => {
    const context = await browser.newContext({ geolocation: { latitude: ALWAYS_OPEN.lat, longitude: ALWAYS_OPEN.lng } })
    await context.grantPermissions(['geolocation'], { origin: baseUrl })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/stations?service=hiv-testing`)
    await page.getByRole('button', { name: '按距离排序（使用我的位置）' }).click()
    await page.waitForURL(/near=30\.633%2C104\.121|near=30\.633,104\.121/)
    expect(page.url()).toContain('service=hiv-testing')
    expect((await names(page))[0]).toBe(ALWAYS_OPEN.name)
    const distances = await page.locator('.station-item__distance').allTextContents()
    expect(distances[0]).toBe('距离约 0 米')
    const metres = distances.map((d) => {
      const m = /距离约 ([\d.]+) (米|公里)/.exec(d)
      if (!m) throw new Error(`not a distance: ${d}`)
      return Number(m[1]) * (m[2] === '公里' ? 1000 : 1)
    })
    expect(metres).toEqual([...metres].sort((a, b) => a - b))
    await expect(page.locator('.notice[role="note"]').textContent()).resolves.toContain('已按与您所在位置的距离排序')

    await page.getByRole('link', { name: '不按距离排序' }).click()
    await page.waitForURL((url) => !url.search.includes('near='))
    expect(await page.locator('.station-item__distance').count()).toBe(0)
    await context.close()
  })

  it('explains what to do when the location is refused', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl}/stations`)
    await page.getByRole('button', { name: '按距离排序（使用我的位置）' }).click()
    await page.waitForFunction(() => document.querySelector('.near-me__status')?.textContent?.includes('区（市）县或街道'))
    expect(page.url()).toBe(`${baseUrl}/stations`)
    await context.close()
  })

  it('shows a station: open state, hours, phones, directions, services and when it was verified', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    const response = await page.goto(`${baseUrl}${COUNTY_STATION}`)
    await page.waitForLoadState('networkidle')
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').textContent()).resolves.toBe('锦江区妇幼保健计划生育服务中心')
    await expect(page.locator('.station-status__state').textContent()).resolves.toMatch(/^(正在开放|已关门|今天休息)/)
    await expect(page.locator('.station-status__when').textContent()).resolves.toMatch(/^按北京时间 \d{2}:\d{2} 计算$/)

    const rows = await page.locator('.hours-table tbody tr').allTextContents()
    expect(rows).toHaveLength(7)
    expect(rows[0]).toMatch(/^星期一(（今天）)?08:30–12:00，13:30–17:30$/)
    expect(rows[6]).toMatch(/^星期日(（今天）)?休息$/)
    await expect(page.locator('#hours-title ~ p').first().textContent()).resolves.toBe('法定节假日休息；调休上班日按星期一的时间开放。')
    await expect(page.locator('.station-exceptions').textContent()).resolves.toContain('2026年12月18日：休息（全员业务培训）')

    const phones = await page.locator('.station-phones a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(phones).toHaveLength(2)
    for (const href of phones) expect(href).toMatch(/^tel:0288\d{7}$/)
    const directions = await page.locator('a.station-directions').getAttribute('href')
    expect(directions).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=104\.\d{6},30\.\d{6}&name=%E9%94%A6/)
    const services = await page.locator('.station-services dt').allTextContents()
    expect(services).toContain('免费孕前优生健康检查')
    await expect(page.locator('.station-verified').textContent()).resolves.toContain('以上信息核实于 2026年9月18日')

    // No map is configured: nothing is drawn and nothing is fetched from another server
    expect(await page.locator('.station-map, .leaflet-container').count()).toBe(0)
    expect(requested.filter((url) => !url.startsWith(baseUrl))).toEqual([])
    const outsideResources = await page.evaluate(() =>
      [...document.querySelectorAll('script[src], link[href], img[src], iframe[src]')]
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith(location.origin)),
    )
    expect(outsideResources).toEqual([])

    expect((await page.goto(`${baseUrl}/stations/no-such-station`))?.status()).toBe(404)
    await context.close()
  })

  it('exports the directory as JSON and GeoJSON', async () => {
    const json = await fetch(`${baseUrl}/stations.json`)
    expect(json.status).toBe(200)
    expect(json.headers.get('content-type')).toContain('application/json')
    expect(json.headers.get('cache-control')).toMatch(/max-age=\d+/)
    expect(json.headers.get('cache-control')).not.toMatch(/no-store|private/)
    const directory = await json.json()
    expect(directory).toMatchObject({ coordinateSystem: 'WGS84', count: 65 })
    const districts = new Set(directory.stations.map((s: { district: { code: string } }) => s.district.code))
    expect([...districts].sort()).toEqual(CHENGDU_AREAS.map((a) => a.code).sort())
    const county = directory.stations.find((s: { key: string }) => s.key === 'jinjiang-001')
    expect(county).toMatchObject({
      name: '锦江区妇幼保健计划生育服务中心',
      typeLabel: '区（市）县计划生育服务站',
      openingHours: { text: '周一至周五 08:30-12:00,13:30-17:30；周六 09:00-12:00', closedOnPublicHolidays: true },
      lastVerified: '2026-09-18',
      url: `${baseUrl}/stations/jinjiang-001`,
    })

    const geo = await fetch(`${baseUrl}/stations.geojson`)
    expect(geo.headers.get('content-type')).toContain('application/geo+json')
    const collection = await geo.json()
    expect(collection.type).toBe('FeatureCollection')
    expect(collection.features).toHaveLength(65)
    for (const feature of collection.features) {
      expect(feature.geometry.type).toBe('Point')
      const [lng, lat] = feature.geometry.coordinates
      expect(lng).toBeGreaterThan(102.8)
      expect(lat).toBeLessThan(31.5)
    }
  })

  it('lists station pages in the sitemap and no longer shows the "being built" page', async () => {
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    expect(sitemap).toContain(`${baseUrl}/stations/jinjiang-001`)
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/stations`)
    expect(await page.locator('body').textContent()).not.toContain('正在建设中')
    await page.close()
  })

  it('reads in Traditional characters when the reader chose them', async () => {
    const context = await browser.newContext()
    await context.addCookies([{ name: 'zh-script', value: 'hant', url: baseUrl }])
    const page = await context.newPage()
    await page.goto(`${baseUrl}/stations`)
    await expect(page.locator('h1').textContent()).resolves.toBe('服務網點')
    await page.goto(`${baseUrl}${COUNTY_STATION}`)
    await expect(page.locator('h1').textContent()).resolves.toBe('錦江區婦幼保健計劃生育服務中心')
    await context.close()
  })

  it('lets an editor preview a CSV in the admin, see its bad rows by line, and import the rest', async () => {
    const context = await browser.newContext()
    const login = await context.request.post(`${baseUrl}/api/users/login`, {
      data: { email: 'editor@demo.cdjsw.local', password: 'Demo-Bianji-2026' },
    })
    expect(login.status()).toBe(200)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/collections/service-stations`)
    await page.getByRole('link', { name: '导入 CSV' }).click()
    await page.waitForURL(/\/admin\/import-stations$/)
    const csv = [
      'key,name,type,district,street,address,phones,lat,lng,services,hours,closed_on_holidays,exceptions,accessibility,last_verified',
      'e2e-001,浏览器导入测试服务站,township-station,青羊区,少城街道,青羊区少城街道测试路1号,028-86000101,30.667,104.058,免费避孕药具,周一至周五 09:00-17:00,是,,,2026-11-20',
      'e2e-002,坐标有误的服务站,township-station,青羊区,,青羊区测试路2号,028-86000102,0,0,免费避孕药具,周一至周五 09:00-17:00,是,,,2026-11-20',
    ].join('\n')
    await page.getByLabel('粘贴 CSV 内容').fill(csv)
    await page.getByRole('button', { name: '预览' }).click()
    await expect(page.getByRole('heading', { name: '预览：1 行可以导入' }).textContent()).resolves.toBeTruthy()
    await expect(page.locator('li', { hasText: '第 3 行（e2e-002）' }).first().textContent()).resolves.toContain('不在成都市范围内')
    await page.getByRole('button', { name: '导入 1 行' }).click()
    await page.getByRole('heading', { name: '导入结果' }).waitFor()
    await expect(page.locator('section', { hasText: '导入结果' }).textContent()).resolves.toContain('新建 1 个，更新 0 个，跳过 1 个问题行')
    await context.close()

    // The import is the editor's draft; a reviewer (another person) publishes it.
    const visitor = await browser.newPage()
    expect((await visitor.goto(`${baseUrl}/stations/e2e-001`))?.status()).toBe(404)
    const token = await demoToken(baseUrl, 'reviewer')
    const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const found = await (await fetch(`${baseUrl}/api/service-stations?where[key][equals]=e2e-001&draft=true&depth=0`, { headers: auth })).json()
    const editorAuth = { Authorization: `JWT ${await demoToken(baseUrl, 'editor')}`, 'Content-Type': 'application/json' }
    const desk = (action: string, headers: Record<string, string>) =>
      fetch(`${baseUrl}/api/service-stations/${found.docs[0].id}/actions/${action}`, { method: 'POST', headers, body: '{}' })
    expect((await desk('submit', editorAuth)).status).toBe(200)
    const published = await desk('publish', auth)
    expect(published.status).toBe(200)
    await expect.poll(async () => (await fetch(`${baseUrl}/stations/e2e-001`)).status, { timeout: 5000 }).toBe(200)
    expect((await visitor.goto(`${baseUrl}/stations/e2e-001`))?.status()).toBe(200)
    await expect(visitor.locator('h1').textContent()).resolves.toBe('浏览器导入测试服务站')
    await visitor.close()
  })

  it.each([
    { elder: false, how: '' },
    { elder: true, how: ' in 长者模式' },
  ])('puts the first station within the first screen of a 360 px phone, filters folded$how', async ({ elder }) => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    if (elder) await page.goto(`${baseUrl}/reader-settings?elder=on&back=/stations`)
    await page.goto(`${baseUrl}/stations`)
    expect(await page.locator('.filter-fold').getAttribute('open')).toBeNull()
    const top = await page.locator('.station-item').first().evaluate((item) => item.getBoundingClientRect().top)
    expect(top).toBeLessThan(740)
    await context.close()
  })

  it('starts sorting by distance when the home page link "查找附近的服务网点" is followed, and comes back to the list', async () => {
    const context = await browser.newContext({ ...PHONE, geolocation: { latitude: ALWAYS_OPEN.lat, longitude: ALWAYS_OPEN.lng }, permissions: ['geolocation'] })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/`)
    await page.getByRole('link', { name: '查找附近的服务网点' }).click()
    await page.waitForURL(/near=/)
    expect(new URL(page.url()).hash).toBe('#results')
    expect(page.url()).not.toContain('locate=')
    await expect(page.locator('.station-item__name').first().textContent()).resolves.toBe(ALWAYS_OPEN.name)
    const count = await page.locator('#results').evaluate((element) => element.getBoundingClientRect().top)
    expect(count).toBeLessThan(100)
    await context.close()
  })

  it('has no axe violations, fits a 360 px phone and works from the keyboard', async () => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    const paths = ['/stations', '/stations?district=jinjiang&open=1', `/stations?near=${ALWAYS_OPEN.lat},${ALWAYS_OPEN.lng}`, '/stations?q=none-such', COUNTY_STATION, `/stations/${ALWAYS_OPEN.key}`]
    const { violations, overflow } = await checkPages(page, baseUrl, paths)
    expect(overflow).toEqual(noOverflow(paths))
    expect(violations).toEqual([])

    await page.goto(`${baseUrl}/stations`)
    await page.focus('.filter-fold > summary')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('station-q')
    await page.keyboard.type('妇幼保健')
    await page.keyboard.press('Enter')
    await page.waitForURL(/q=/)
    const first = page.locator('.station-item__name a').first()
    await first.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/stations\/[a-z]+-\d{3}$/)
    await expect(page.locator('h1').textContent()).resolves.toContain('妇幼保健')
    await context.close()
  })
})
