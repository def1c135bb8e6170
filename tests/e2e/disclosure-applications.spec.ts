import { describe, expect, inject, it } from 'vitest'
import { PEER_ADDRESS_HEADER } from '@/platform/security/client-ip'
import { newClientIp } from '../http/feedback-form'
import { checkPages, chromiumForThisFile, noOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()

const newContext = (options: Parameters<typeof browser.newContext>[0] = {}) =>
  browser.newContext({ ...options, extraHTTPHeaders: { 'X-Forwarded-For': newClientIp(), [PEER_ADDRESS_HEADER]: '127.0.0.1' } })

describe('依申请公开 in a real browser', () => {
  it('applies, gets a code and key, and tracks the application, all without JavaScript', async () => {
    const context = await newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/open-government/apply`)
    await expect(page.locator('h1').textContent()).resolves.toBe('申请政府信息公开')

    // A wrong ID number: a clear message, nothing saved, what was typed kept.
    await page.check('#applicantType-citizen')
    await page.fill('#field-name', '测试申请人')
    await page.check('#idType-resident-id')
    await page.fill('#field-idNumber', '110105194912310021')
    await page.fill('#field-phone', '13800002222')
    await page.fill('#field-description', '2025 年全市免费孕前优生健康检查项目的实施方案')
    await page.check('#preferredForm-paper')
    await page.check('#collectionManner-post')
    await page.fill('#field-address', '成都市武侯区人民南路四段 1 号')
    await page.click('button[type="submit"]')
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('居民身份证号码不正确')
    await expect(page.inputValue('#field-description')).resolves.toContain('孕前优生')

    await page.fill('#field-idNumber', '11010519491231002X')
    await page.click('button[type="submit"]')
    const code = (await page.locator('[data-testid="tracking-code"]').textContent()) ?? ''
    const key = (await page.locator('[data-testid="access-key"]').textContent()) ?? ''
    expect(code).toMatch(/^GK-\d{4}-[A-Z0-9]{6}$/)
    expect(key).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}-[0-9A-Z]{6}$/)
    await expect(page.locator('[data-testid="answer-due"]').textContent()).resolves.toContain('20 个工作日')
    // A reload keeps the receipt.
    await page.reload()
    await expect(page.locator('[data-testid="tracking-code"]').textContent()).resolves.toBe(code)

    await page.getByRole('link', { name: '查询办理进度和答复书' }).click()
    await page.waitForURL(/\/open-government\/apply\/track\?code=GK-/)
    await expect(page.inputValue('#track-code')).resolves.toBe(code)
    await page.fill('#track-key', 'WRONG-WRONG-WRONG-WRONG-WRONG0')
    await page.click('.track-form button[type="submit"]')
    await expect(page.locator('.track-form .field-error').textContent()).resolves.toContain('不正确')
    await page.fill('#track-code', code)
    await page.fill('#track-key', key)
    await page.click('.track-form button[type="submit"]')
    await expect(page.locator('#tracked-title').textContent()).resolves.toContain('政府信息公开申请')
    await expect(page.locator('.panel').textContent()).resolves.toContain('已收到，正在办理')
    await expect(page.locator('.panel').textContent()).resolves.toMatch(/答复期限：\d{4}-\d{2}-\d{2}/)
    await context.close()
  })

  it('has no axe violations and fits a 360 px phone', async () => {
    const context = await newContext(PHONE)
    const page = await context.newPage()
    const paths = ['/open-government/apply/track']
    const { violations, overflow } = await checkPages(page, baseUrl, paths)
    expect(overflow).toEqual(noOverflow(paths))
    expect(violations).toEqual([])
    // The form itself, in a fresh context so no receipt is shown instead.
    const fresh = await newContext(PHONE)
    const formPage = await fresh.newPage()
    const form = await checkPages(formPage, baseUrl, ['/open-government/apply'])
    expect(form.overflow).toEqual(noOverflow(['/open-government/apply']))
    expect(form.violations).toEqual([])
    await fresh.close()
    await context.close()
  })
})
