import { describe, expect, inject, it } from 'vitest'
import { demoAccount, demoToken } from '../http/staff-login'
import { signInToAdmin } from './admin-sign-in'
import { chromiumForThisFile } from './browser'

/**
 * The origin trap, in Chromium against the running server: the admin opened at an address the
 * staff cookie does not count at (here `wrong-address.test`, resolved to the server) says at once,
 * on the login page, which address to use, and no edit can begin there (so no refused save is reported as saved);
 * at SERVER_URL and at an ADMIN_ALIASES address there is no warning and saves work. An editor's
 * rename of a service made there waits for a reviewer (the 审核 box).
 */

const baseUrl = inject('baseUrl')
const port = new URL(baseUrl).port
const ALIAS = `http://localhost:${port}`
const WRONG = `http://wrong-address.test:${port}`
const browser = chromiumForThisFile([`--host-resolver-rules=MAP wrong-address.test 127.0.0.1`])

async function firstService() {
  const answer = await (await fetch(`${baseUrl}/api/services?limit=1&sort=order&depth=0`)).json()
  return answer.docs[0] as { id: number; name: string }
}

const storedName = async (id: number) => (await (await fetch(`${baseUrl}/api/services/${id}?depth=0`)).json()).name as string

describe('the admin at an address other than SERVER_URL', () => {
  it('warns on the login page, before anything is typed, with the address to use', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${WRONG}/admin/login`)
    const warning = page.locator('[data-wrong-address]').first()
    await warning.waitFor()
    await expect(warning.textContent()).resolves.toContain(baseUrl)
    await expect(page.locator('#field-email').inputValue()).resolves.toBe('')
    await expect(warning.locator('a').getAttribute('href')).resolves.toBe(`${baseUrl}/admin/login`)
    await page.context().close()
  })

  it('never lets an edit begin there, so no refused save can be reported as saved', async () => {
    const service = await firstService()
    const page = await (await browser.newContext()).newPage()
    const { email, password } = demoAccount('editor')
    await page.goto(`${WRONG}/admin/login`)
    await page.fill('#field-email', email)
    await page.fill('#field-password', password)
    await page.keyboard.press('Enter')
    // The staff cookie does not count at this address: the login page stays, with its warning.
    await page.waitForLoadState('networkidle')
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    await page.locator('[data-wrong-address]').first().waitFor()
    // The edit view leads back to the login page: there is no form to type into and lose.
    await page.goto(`${WRONG}/admin/collections/services/${service.id}`)
    await page.waitForLoadState('networkidle')
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    await expect(page.locator('#field-name').count()).resolves.toBe(0)
    const toasts = (await page.locator('[data-sonner-toast]').allTextContents()).join(' ')
    expect(toasts).not.toMatch(/成功/)
    expect(await storedName(service.id)).toBe(service.name)
    await page.context().close()
  })

  it('shows no warning at SERVER_URL or an alias, where an editor\'s rename waits for a reviewer', async () => {
    const service = await firstService()
    for (const origin of [baseUrl, ALIAS]) {
      const page = await (await browser.newContext()).newPage()
      await page.goto(`${origin}/admin/login`)
      await page.locator('#field-email').waitFor()
      await page.waitForLoadState('networkidle')
      await expect(page.locator('[data-wrong-address]').count()).resolves.toBe(0)
      await page.context().close()
    }
    const editor = await signInToAdmin(browser, 'editor', { origin: ALIAS })
    await editor.goto(`${ALIAS}/admin/collections/services/${service.id}`)
    await editor.fill('#field-name', `${service.name}（新名称）`)
    await editor.click('#action-save')
    await editor.locator('[data-sonner-toast]').first().waitFor()
    await editor.reload()
    await editor.locator('[data-pending-change]').waitFor()
    expect(await storedName(service.id)).toBe(service.name)
    await editor.context().close()

    const reviewer = await signInToAdmin(browser, 'reviewer')
    await reviewer.goto(`${baseUrl}/admin/collections/services/${service.id}`)
    await reviewer.getByRole('button', { name: '不采用这次修改' }).click()
    const token = await demoToken(baseUrl, 'reviewer')
    const pending = async () => (await (await fetch(`${baseUrl}/api/services/${service.id}?depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()).pendingChange ?? null
    await expect.poll(pending, { timeout: 10_000 }).toBeNull()
    expect(await storedName(service.id)).toBe(service.name)
    await reviewer.context().close()
  })
})
