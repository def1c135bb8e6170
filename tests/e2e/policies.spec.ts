import { describe, expect, inject, it } from 'vitest'
import { checkPages, chromiumForThisFile, noOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const FOUNDING = '/policies/chengbanfa-2004-5'
const AMENDED = '/policies/chengrenkoufa-2008-12'
const browser = chromiumForThisFile()

describe('policy notices in a real browser', () => {
  it('filters the list with a plain GET form, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/policies`)
    expect(await page.locator('.filter-fold').getAttribute('open')).toBeNull()
    await page.locator('.filter-fold > summary').click()
    await page.selectOption('#policy-year', '2004')
    await page.getByRole('button', { name: '筛选' }).click()
    await page.waitForURL(/year=2004/)
    const titles = await page.locator('.policy-item__title').allTextContents()
    expect(titles).toEqual(['成都市人民政府办公厅关于实施创建计划生育优质服务先进县（市、区）工程的通知'])
    await expect(page.locator('#policy-year').inputValue()).resolves.toBe('2004')
    await expect(page.locator('.filter-fold__chosen').textContent()).resolves.toBe('已选：2004年')

    await page.goto(`${baseUrl}/policies`)
    await page.locator('.filter-fold > summary').click()
    await page.fill('#policy-q', '成办发[2004]5号')
    await page.keyboard.press('Enter')
    await page.waitForURL(/q=/)
    expect(await page.locator('.policy-item__title').count()).toBe(1)

    await page.goto(`${baseUrl}/policies?topic=rewards-assistance&validity=amended`)
    expect(await page.locator('.policy-item__title').allTextContents()).toEqual([
      expect.stringContaining('农村部分计划生育家庭奖励扶助制度'),
    ])
    await page.goto(`${baseUrl}/policies?q=${encodeURIComponent('不存在的词语组合')}`)
    await expect(page.locator('.notice').textContent()).resolves.toContain('没有找到符合条件的文件')
    await context.close()
  })

  it('shows a notice with its disclosure metadata, structure and monitoring tags', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}${FOUNDING}`)
    await expect(page.locator('h1').textContent()).resolves.toBe('成都市人民政府办公厅关于实施创建计划生育优质服务先进县（市、区）工程的通知')
    const metadata = await page.locator('.metadata-table').textContent()
    for (const expected of ['索引号', '成办发〔2004〕5号', '2004-01-14', '成都市人民政府办公厅', '现行有效']) expect(metadata).toContain(expected)
    const headings = await page.locator('.policy__body h2').allTextContents()
    expect(headings).toHaveLength(5)
    expect(headings[0]).toContain('指导思想')
    expect(headings[4]).toContain('保障措施')
    const body = await page.locator('.policy__body').textContent()
    expect(body).not.toMatch(/[āáǎàōóǒòēéěè]|二维码/)
    // The source's two garbled passages, corrected from the original, with a public note.
    expect(body).toContain('队伍作风好。基层计划生育机构稳定')
    expect(body).toContain('确保基层特别是乡')
    expect(body).not.toContain('?;')
    await expect(page.locator('main').textContent()).resolves.toContain('两处因文字编码错误产生的乱码')
    const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content')
    await expect(meta('ArticleTitle')).resolves.toContain('优质服务先进县')
    await expect(meta('PubDate')).resolves.toMatch(/^2004-01-14 \d{2}:\d{2}$/)
    await expect(meta('ContentSource')).resolves.toBe('成都市人民政府办公厅')
    await expect(meta('ColumnName')).resolves.toBe('政策文件')
    await expect(page.getByRole('link', { name: '对本文件有疑问？' }).getAttribute('href')).resolves.toBe(
      '/feedback/new?about=policy:chengbanfa-2004-5',
    )
    await page.close()
  })

  it('warns on an amended notice and links to the one that replaced it', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}${AMENDED}`)
    const banner = page.locator('.banner--warning')
    await expect(banner.textContent()).resolves.toContain('本文件已修订')
    await banner.getByRole('link').click()
    await page.waitForURL(`${baseUrl}/policies/chengweijianfa-2023-7`)
    await page.close()
  })

  it('prints the notice without the site navigation', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}${FOUNDING}`)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false)
    await expect(page.locator('.policy__actions').isVisible()).resolves.toBe(false)
    await expect(page.locator('.metadata-table').isVisible()).resolves.toBe(true)
    await expect(page.locator('.policy__body').isVisible()).resolves.toBe(true)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.close()
  })

  it('reads in Traditional characters when the reader chose them', async () => {
    const context = await browser.newContext()
    await context.addCookies([{ name: 'zh-script', value: 'hant', url: baseUrl }])
    const page = await context.newPage()
    await page.goto(`${baseUrl}${FOUNDING}`)
    await expect(page.locator('h1').textContent()).resolves.toContain('計劃生育優質服務')
    await context.close()
  })

  it('has no axe violations and fits a 360 px phone', async () => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    const paths = ['/policies', '/policies?q=none-such', FOUNDING, AMENDED, '/policies/notice-2021-00002']
    const { violations, overflow } = await checkPages(page, baseUrl, paths)
    expect(overflow).toEqual(noOverflow(paths))
    expect(violations).toEqual([])
    await context.close()
  })
})
