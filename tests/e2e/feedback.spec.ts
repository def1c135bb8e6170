import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { newClientIp } from '../http/feedback-form'
import { demoToken } from '../http/staff-login'
import { axeViolations, checkPages, chromiumForThisFile, noOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()

/** Presses Tab until the element matching `selector` has focus, as a keyboard user would. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`could not reach ${selector} with the keyboard`)
}

/** Polls `probe` every 500 ms for up to 30 s until it returns something. */
async function waitFor<T>(probe: () => T | undefined): Promise<T | undefined> {
  for (let i = 0; i < 60; i++) {
    const found = probe()
    if (found !== undefined) return found
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return undefined
}

const newContext = (javaScriptEnabled: boolean) =>
  browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'X-Forwarded-For': newClientIp() } })

/** Opens the form in a new context and fills in the kind, subject and message with the mouse. */
async function startMessage(javaScriptEnabled: boolean, kind: string, subject: string, message: string) {
  const context = await newContext(javaScriptEnabled)
  const page = await context.newPage()
  await page.goto(`${baseUrl}/feedback/new`)
  await page.check(`#kind-${kind}`)
  await page.fill('#field-subject', subject)
  await page.fill('#field-message', message)
  return { context, page }
}

describe('residents send a message and track it', () => {
  it('works end to end without JavaScript, with the keyboard only', async () => {
    const context = await newContext(false)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/policies/chengbanfa-2004-5`)
    await page.getByRole('link', { name: '对本文件有疑问？' }).click()
    await page.waitForURL(/\/feedback\/new\?about=policy:chengbanfa-2004-5/)
    await expect(page.locator('.about-item').textContent()).resolves.toContain('优质服务先进县')

    await tabTo(page, '#kind-consultation')
    await page.keyboard.press('Space')
    await tabTo(page, '#field-subject')
    await page.keyboard.type('文件中的优质服务标准')
    await tabTo(page, '#field-message')
    await page.keyboard.type('请问文件中提到的优质服务先进县标准现在是否仍然适用？')
    // A radio group is one Tab stop; the arrow keys choose within it.
    await tabTo(page, '#consent-yes')
    await page.keyboard.press('ArrowDown')
    await expect(page.locator('#consent-no').isChecked()).resolves.toBe(true)
    await tabTo(page, 'button[type="submit"]')
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-testid="tracking-code"]')
    const code = (await page.locator('[data-testid="tracking-code"]').textContent())!
    const key = (await page.locator('[data-testid="access-key"]').textContent())!
    expect(code).toMatch(/^FK-\d{4}-/)

    await page.getByRole('link', { name: '查看办理进度' }).click()
    await page.waitForURL(/\/feedback\/track\?code=/)
    await expect(page.locator('#track-code').inputValue()).resolves.toBe(code)
    await tabTo(page, '#track-key')
    await page.keyboard.type(key)
    await page.keyboard.press('Enter')
    await page.waitForSelector('.timeline')
    await expect(page.locator('.panel').textContent()).resolves.toContain('已收到')
    expect(page.url()).not.toContain(key.slice(0, 8))
    await context.close()
  })

  it.each([
    { javaScriptEnabled: false, how: 'without' },
    { javaScriptEnabled: true, how: 'with' },
  ])('shows errors next to the fields and keeps what was typed, $how JavaScript', async ({ javaScriptEnabled }) => {
    const { context, page } = await startMessage(javaScriptEnabled, 'complaint', '投诉', '服务站工作人员态度不好，请核实处理。')
    await page.fill('#field-phone', '123')
    await page.getByRole('button', { name: '提交留言' }).click()
    await page.waitForSelector('.error-summary')
    const summary = await page.locator('.error-summary').textContent()
    expect(summary).toContain('标题请控制在 4 到 60 个字之间')
    expect(summary).toContain('请填写正确的手机号码或固定电话')
    expect(summary).toContain('请选择是否同意公开')
    await expect(page.locator('#field-message').inputValue()).resolves.toBe('服务站工作人员态度不好，请核实处理。')
    await expect(page.locator('#kind-complaint').isChecked()).resolves.toBe(true)
    await expect(page.locator('#field-phone').getAttribute('aria-describedby')).resolves.toContain('phone-error')
    // axe runs in the page, so it checks the error state where JavaScript is on.
    if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('with JavaScript, solves the proof of work so the message needs no moderation', async () => {
    const { context, page } = await startMessage(true, 'suggestion', '建议延长周末开放时间', '希望社区计生服务室周六上午也能开放，方便上班族领取药具。')
    await page.check('#consent-yes')
    await page.getByRole('button', { name: '提交留言' }).click()
    await page.waitForSelector('[data-testid="tracking-code"]', { timeout: 30_000 })
    const code = await page.locator('[data-testid="tracking-code"]').textContent()
    expect(await page.locator('.panel--success').textContent()).not.toContain('未完成人机验证')

    const token = await demoToken(baseUrl, 'handler')
    const found = await fetch(`${baseUrl}/api/feedback?where[trackingCode][equals]=${code}`, { headers: { Authorization: `JWT ${token}` } })
    expect((await found.json()).docs[0].needsModeration).toBe(false)
    await context.close()
  })

  it.each([
    { javaScriptEnabled: true, elder: false, how: 'with JavaScript' },
    { javaScriptEnabled: false, elder: false, how: 'without JavaScript' },
    { javaScriptEnabled: true, elder: true, how: 'with JavaScript in 长者模式' },
    { javaScriptEnabled: false, elder: true, how: 'without JavaScript in 长者模式' },
  ])('on a 360 px phone keeps the code and key in view, and after a reload, until cleared ($how)', async ({ javaScriptEnabled, elder }) => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled, extraHTTPHeaders: { 'X-Forwarded-For': newClientIp() } })
    const page = await context.newPage()
    if (elder) await page.goto(`${baseUrl}/reader-settings?elder=on&back=/feedback/new`)
    await page.goto(`${baseUrl}/feedback/new`)
    await page.check('#kind-consultation')
    await page.fill('#field-subject', '手机上提交的咨询')
    await page.fill('#field-message', '请问在手机上提交后，查询密码会不会看不到？')
    await page.check('#consent-no')
    await page.getByRole('button', { name: '提交留言' }).click()
    await page.waitForSelector('[data-testid="access-key"]', { timeout: 30_000 })
    const key = (await page.locator('[data-testid="access-key"]').textContent())!
    const inView = async () =>
      page.evaluate(() =>
        ['tracking-code', 'access-key'].map((id) => {
          const box = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect()
          return { id, inView: box.top >= 0 && box.bottom <= window.innerHeight }
        }),
      )
    const bothInView = [{ id: 'tracking-code', inView: true }, { id: 'access-key', inView: true }]
    expect(await inView()).toEqual(bothInView)
    await expect(page.title()).resolves.toMatch(/^您的留言已收到/)
    if (javaScriptEnabled) await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('success-title')

    await page.reload()
    await expect(page.locator('[data-testid="access-key"]').textContent()).resolves.toBe(key)
    expect(await inView()).toEqual(bothInView)
    if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: '我已记下，清除本页显示' }).click()
    await page.waitForSelector('#field-subject')
    expect(await page.locator('[data-testid="access-key"]').count()).toBe(0)
    await context.close()
  })

  it.each([
    { javaScriptEnabled: true, how: 'with' },
    { javaScriptEnabled: false, how: 'without' },
  ])('says what happens next and by when, and gives the receipt as a file and by e-mail on request ($how JavaScript)', async ({ javaScriptEnabled }) => {
    const { context, page } = await startMessage(javaScriptEnabled, 'complaint', '服务站电话无人接听', '连续三天拨打社区服务站的电话都无人接听，请核实。')
    const address = `receipt-${Date.now().toString(36)}@example.test`
    await page.fill('#field-email', address)
    await page.check('#consent-no')
    await page.getByRole('button', { name: '提交留言' }).click()
    await page.waitForSelector('[data-testid="access-key"]', { timeout: 30_000 })
    const code = (await page.locator('[data-testid="tracking-code"]').textContent())!
    const key = (await page.locator('[data-testid="access-key"]').textContent())!
    // A complaint: 7 working days on the demo settings, and the day they end.
    await expect(page.locator('[data-testid="reply-due"]').textContent()).resolves.toMatch(/在 7 个工作日内、即 \d{4}年\d{1,2}月\d{1,2}日前答复您/)
    expect(await page.getByRole('button', { name: '打印回执' }).count()).toBe(javaScriptEnabled ? 1 : 0)

    const file = await context.request.get(`${baseUrl}/feedback/new/receipt`)
    expect(file.status()).toBe(200)
    expect(file.headers()['content-disposition']).toMatch(/^attachment; filename="liuyan-huizhi-FK-/)
    const text = await file.text()
    expect(text).toContain(`查询码：${code}`)
    expect(text).toContain(`查询密码：${key}`)

    await expect(page.locator('.receipt-email').textContent()).resolves.toContain(address)
    await page.getByRole('button', { name: '把查询码和查询密码发到我的邮箱' }).click()
    await page.waitForSelector('.receipt-emailed')
    await expect(page.locator('[data-testid="access-key"]').textContent()).resolves.toBe(key)
    expect(await page.getByRole('button', { name: '把查询码和查询密码发到我的邮箱' }).count()).toBe(0)
    // The outbox worker runs every 5 s and writes the message as an .eml file.
    const outbox = inject('serverEnv').OUTBOX_DIR
    const sent = await waitFor(() => {
      const files = fs.existsSync(outbox) ? fs.readdirSync(outbox) : []
      return files
        .map((name) => fs.readFileSync(path.join(outbox, name), 'utf8').replace(/=\r?\n/g, ''))
        .find((raw) => raw.includes(`To: ${address}`) && raw.includes(key))
    })
    expect(sent).toContain(code)
    await context.close()
  })

  it('has no axe violations and fits a 360 px phone', async () => {
    const context = await browser.newContext({ ...PHONE, extraHTTPHeaders: { 'X-Forwarded-For': newClientIp() } })
    const page = await context.newPage()
    const paths = ['/feedback', '/feedback/new', '/feedback/new?about=policy:chengbanfa-2004-5', '/feedback/track']
    const { violations, overflow } = await checkPages(page, baseUrl, paths)
    expect(overflow).toEqual(noOverflow(paths))
    expect(violations).toEqual([])
    await context.close()
  })
})
