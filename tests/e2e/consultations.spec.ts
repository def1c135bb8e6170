import { describe, expect, inject, it } from 'vitest'
import { PEER_ADDRESS_HEADER } from '@/platform/security/client-ip'
import { newClientIp } from '../http/feedback-form'
import { checkPages, chromiumForThisFile, noOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()

// The demo seed's consultations (示例) and the founding notice.
const OPEN = '/consultations/shili-yuer-butie-banfa-zhengqiu-yijian'
const CLOSED = '/consultations/shili-jihua-shengyu-tebie-fuzhu-zhengqiu-yijian'
const NOTICE = '/policies/chengbanfa-2004-5'

const newContext = (options: Parameters<typeof browser.newContext>[0] = {}) =>
  browser.newContext({ javaScriptEnabled: false, ...options, extraHTTPHeaders: { 'X-Forwarded-For': newClientIp(), [PEER_ADDRESS_HEADER]: '127.0.0.1' } })

describe('征求意见 and 政策问答 without JavaScript', () => {
  it('lists the open consultation, refuses an empty comment with a message, and takes a comment', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl}/consultations`)
    await page.getByRole('link', { name: '成都市育儿补贴发放办法（征求意见稿）（示例）' }).click()
    await page.waitForURL(new RegExp(`${OPEN}$`))
    await expect(page.locator('.consultation-facts').textContent()).resolves.toContain('正在征求意见')
    // The demo's one approved comment (src/seed/consultations/seed-consultations.ts), as its copy was approved.
    await expect(page.locator('body').textContent()).resolves.toContain('建议把在成都居住满一年的流动人口家庭也纳入申领范围。')

    await page.fill('#comment-name', '市民')
    await page.fill('#comment-comment', '好')
    await page.getByRole('button', { name: '提交意见' }).click()
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('至少 5 个字')
    await expect(page.inputValue('#comment-name')).resolves.toBe('市民')

    await page.fill('#comment-comment', '建议育儿补贴可以选择按季度发放。')
    await page.check('#comment-publishConsent')
    await page.getByRole('button', { name: '提交意见' }).click()
    await expect(page.getByText('已收到您的意见，谢谢！').isVisible()).resolves.toBe(true)
    // Not public before a second person approves its copy.
    await page.goto(`${baseUrl}${OPEN}`)
    await expect(page.locator('body').textContent()).resolves.not.toContain('按季度发放。')
    await context.close()
  })

  it('shows a closed consultation with its 意见采纳情况 and no form', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl}/consultations?status=closed`)
    await page.getByRole('link', { name: '计划生育特别扶助对象帮扶办法（征求意见稿）（示例）' }).click()
    await page.waitForURL(new RegExp(`${CLOSED}$`))
    const outcome = await page.locator('.consultation-outcome').textContent()
    expect(outcome).toContain('共收到意见 3 条')
    expect(outcome).toContain('未采纳')
    expect(await page.locator('#comment-comment').count()).toBe(0)
    await context.close()
  })

  it('asks a question on a notice page and gets a tracking code', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl}${NOTICE}`)
    await expect(page.getByRole('heading', { name: '政策问答' }).isVisible()).resolves.toBe(true)
    await page.fill('#ask-message', '请问这个文件现在还有效吗？')
    await page.check('#ask-consent-no')
    await page.getByRole('button', { name: '提交问题' }).click()
    await expect(page.getByText('您的留言已收到').first().isVisible()).resolves.toBe(true)
    await expect(page.locator('body').textContent()).resolves.toMatch(/查询码/)
    await context.close()
  })

  it('has no axe violations and fits a 360 px phone', async () => {
    const context = await newContext({ ...PHONE, javaScriptEnabled: true })
    const page = await context.newPage()
    const paths = ['/consultations', '/consultations?status=closed', OPEN, CLOSED, NOTICE]
    const { violations, overflow } = await checkPages(page, baseUrl, paths)
    expect(overflow).toEqual(noOverflow(paths))
    expect(violations).toEqual([])
    await context.close()
  })
})
