import { describe, expect, inject, it } from 'vitest'
import { signInToAdmin } from './admin-sign-in'
import { chromiumForThisFile } from './browser'

/**
 * An editor's new service, in Chromium against the running server: created in the admin, it is
 * not on the public station list or the API until a reviewer, another person, approves it from
 * the dashboard's 资料修改待审核; then it is, within seconds.
 */

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()
const NAME = '青春期健康咨询（测试）'
const CODE = `e2e-new-service-${Date.now().toString(36)}`

const publicCount = async () => (await (await fetch(`${baseUrl}/api/services?depth=0&where[code][equals]=${CODE}`)).json()).docs.length as number
const onStationList = async () => (await (await fetch(`${baseUrl}/stations`)).text()).includes(NAME)

describe("an editor's new service", () => {
  it('waits out of public view until a reviewer approves it from the dashboard', async () => {
    const editor = await signInToAdmin(browser, 'editor')
    await editor.goto(`${baseUrl}/admin/collections/services/create`)
    await editor.waitForLoadState('networkidle')
    await expect(editor.locator('text=保存后须由审核员审核通过，才对公众显示。').count()).resolves.toBe(1)
    await editor.fill('#field-name', NAME)
    await editor.fill('#field-code', CODE)
    await editor.click('#action-save')
    await editor.waitForURL(/\/admin\/collections\/services\/\d+/)
    await editor.reload()
    await editor.locator('[data-pending-change="new"]').waitFor()
    await editor.context().close()
    expect(await publicCount()).toBe(0)
    expect(await onStationList()).toBe(false)

    const reviewer = await signInToAdmin(browser, 'reviewer')
    await reviewer.goto(`${baseUrl}/admin`)
    const panel = reviewer.locator('#desk-pendingRecords')
    await expect(panel.locator('h3').textContent()).resolves.toMatch(/资料修改待审核（[1-9]\d*）/)
    await panel.getByRole('link', { name: NAME }).click()
    await reviewer.waitForURL(/\/admin\/collections\/services\/\d+/)
    await reviewer.getByRole('button', { name: '审核通过，对公众显示' }).click()
    await expect.poll(publicCount, { timeout: 10_000 }).toBe(1)
    await expect.poll(onStationList, { timeout: 5_000, interval: 250 }).toBe(true)
    await reviewer.context().close()
  })
})
