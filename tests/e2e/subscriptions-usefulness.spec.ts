import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { PEER_ADDRESS_HEADER } from '@/platform/security/client-ip'
import { newClientIp } from '../http/feedback-form'
import { axeViolations, chromiumForThisFile, horizontalOverflow, PHONE } from '../e2e/browser'

const baseUrl = inject('baseUrl')
const serverEnv = inject('serverEnv')
const browser = chromiumForThisFile()
// A health page that is not sensitive (sensitive topics ask their readers nothing, not even this).
const TOPIC = '/health/contraception-methods'

const phoneWithoutJavaScript = () =>
  browser.newContext({ ...PHONE, javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': newClientIp(), [PEER_ADDRESS_HEADER]: '127.0.0.1' } })

/** The outbox folder's .eml for `to` (the server's worker writes it within seconds), decoded. */
async function emlFor(to: string): Promise<string> {
  const folder = serverEnv.OUTBOX_DIR
  for (let i = 0; i < 60; i++) {
    const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.eml')) : []
    for (const name of files) {
      const raw = fs.readFileSync(path.join(folder, name), 'utf8')
      if (raw.includes(to)) return raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no e-mail to ${to} in ${folder}`)
}

describe('e-mail subscriptions without JavaScript, on a 360 px phone', () => {
  it('subscribes, gets a confirmation with one-click unsubscribe headers, and confirms from its link', async () => {
    const context = await phoneWithoutJavaScript()
    const page = await context.newPage()
    await page.goto(`${baseUrl}/subscriptions`)
    await expect(page.locator('h1').textContent()).resolves.toBe('邮件订阅更新')
    expect(await axeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBe(0)

    // Nothing chosen: a clear message, the address kept.
    const email = `e2e-${Date.now()}@example.test`
    await page.fill('#subscribe-email', email)
    await page.getByRole('button', { name: '订阅', exact: true }).click()
    await expect(page.locator('[role="alert"]').textContent()).resolves.toContain('请至少选择一个栏目')
    await expect(page.inputValue('#subscribe-email')).resolves.toBe(email)

    await page.check('#section-health')
    await page.check('#frequency-weekly')
    await page.getByRole('button', { name: '订阅', exact: true }).click()
    await expect(page.locator('[role="status"] h2').textContent()).resolves.toBe('请查收确认邮件')
    expect(await axeViolations(page)).toEqual([])

    const mail = await emlFor(email)
    expect(mail).toMatch(/^List-Unsubscribe:\s*<http[^>]+\/api\/email-subscriptions\/unsubscribe\?token=[^>]+>/m)
    expect(mail).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
    const manage = /(http:\/\/[^\s"<]+\/subscriptions\/manage\?token=[^\s"<]+)/.exec(mail)?.[1]
    expect(manage).toBeTruthy()

    await page.goto(manage!)
    await page.getByRole('button', { name: '确认订阅' }).click()
    await expect(page.locator('[role="status"]').first().textContent()).resolves.toContain('订阅已确认')
    await expect(page.isChecked('#section-health')).resolves.toBe(true)
    expect(await axeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBe(0)

    await page.getByRole('button', { name: '退订全部' }).click()
    await expect(page.locator('[role="status"]').first().textContent()).resolves.toContain('已退订')
    await context.close()
  })
})

describe('这个页面对您有帮助吗？ without JavaScript, on a 360 px phone', () => {
  it('says a page was not useful, with a reason, and comes back to the page with a thank-you', async () => {
    const context = await phoneWithoutJavaScript()
    const page = await context.newPage()
    await page.goto(`${baseUrl}${TOPIC}`)
    await expect(page.locator('#usefulness-title').textContent()).resolves.toBe('这个页面对您有帮助吗？')
    expect(await axeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBe(0)

    await page.fill('#usefulness-reason', '没找到周末开放的服务站')
    await page.getByRole('button', { name: '没有帮助' }).click()
    await expect(page.locator('.usefulness__thanks').textContent()).resolves.toBe('谢谢您的回答，我们会据此改进本页内容。')
    expect(new URL(page.url()).pathname).toBe(TOPIC)
    await expect(page.locator('h1').count()).resolves.toBe(1)
    expect(await axeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBe(0)
    await context.close()
  })
})
