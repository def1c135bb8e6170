import { describe, expect, inject, it } from 'vitest'
import { totpNow } from '@/features/accounts/server/totp'
import { apiLogin, demoAccount } from '../http/staff-login'
import { chromiumForThisFile } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()

const EMAIL = 'mfa-browser@demo.cdjsw.local'
const PASSWORD = 'Lantern-River-Stone-31'

/** Waits for the next 30-second step, so a new code is not the one used at set-up. */
const nextStep = () => new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 300))

describe('the second factor in the admin', () => {
  it('is set up from the admin (QR code and secret), then required at login, where the code lets the handler in', async () => {
    const { email, password } = demoAccount('admin')
    const admin = await apiLogin(baseUrl, email, password, { 'X-Forwarded-For': '198.51.100.140' })
    const created = await fetch(`${baseUrl}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${admin.token}` },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD, name: '两步验证测试', roles: ['handler'] }),
    })
    expect(created.status).toBe(201)

    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/login`)
    await page.locator('#field-email').fill(EMAIL)
    await page.locator('#field-password').fill(PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(`${baseUrl}/admin`)

    await page.goto(`${baseUrl}/admin/second-factor`)
    await page.getByRole('button', { name: '开始设置' }).click()
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim()
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    await expect(page.getByRole('img', { name: '动态验证码设置二维码' }).locator('svg').count()).resolves.toBe(1)
    await page.getByLabel('验证码', { exact: true }).fill(totpNow(secret))
    await page.getByRole('button', { name: '确认并启用' }).click()
    await page.getByTestId('recovery-codes').waitFor()
    await expect(page.getByTestId('recovery-codes').locator('li').count()).resolves.toBe(10)

    await context.clearCookies()
    // The password alone no longer opens the admin.
    const passwordOnly = await apiLogin(baseUrl, EMAIL, PASSWORD, { 'X-Forwarded-For': '198.51.100.141' })
    expect(passwordOnly.status).toBe(401)
    expect(passwordOnly.json.errors[0].message).toContain('动态验证码')

    await page.goto(`${baseUrl}/admin/login`)
    await page.getByRole('link', { name: '使用动态验证码登录' }).click()
    await page.waitForURL(`${baseUrl}/admin/login-code`)
    await nextStep()
    await page.getByLabel('电子邮箱').fill(EMAIL)
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD)
    await page.getByLabel('动态验证码或恢复码').fill(totpNow(secret))
    await page.getByRole('button', { name: '登录' }).click()
    await page.waitForURL(`${baseUrl}/admin`)
    const me = await page.evaluate(async () => (await (await fetch('/api/users/me')).json()) as { user?: { email?: string } })
    expect(me.user?.email).toBe(EMAIL)
    await context.close()
  }, 120_000)
})
