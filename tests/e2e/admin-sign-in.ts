import type { BrowserContextOptions, Page } from 'playwright-core'
import { inject } from 'vitest'
import type { StaffRole } from '@/platform/access/roles'
import { demoAccount } from '../http/staff-login'
import type { ChromiumForThisFile } from './browser'

/**
 * A new browser context signed in to the admin as the demo account with `role`, through the login
 * form as staff do it, at `origin` (SERVER_URL unless told): the page, on the dashboard.
 */
export async function signInToAdmin(browser: ChromiumForThisFile, role: StaffRole, options: { origin?: string; context?: BrowserContextOptions } = {}): Promise<Page> {
  const origin = options.origin ?? inject('baseUrl')
  const { email, password } = demoAccount(role)
  const page = await (await browser.newContext(options.context)).newPage()
  await page.goto(`${origin}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/admin(?!\/login)/)
  return page
}
