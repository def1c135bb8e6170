import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { newClientIp, openForm, postForm, VALID_MESSAGE } from '../http/feedback-form'
import { signInToAdmin } from './admin-sign-in'
import { axeViolations, chromiumForThisFile } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()

/** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, matches: (el: Element) => boolean, what: string, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return i + 1
  }
  throw new Error(`Tab never reached ${what}`)
}

const byText = (tag: string, text: string) => new Function('el', `return el && el.tagName === '${tag}' && el.textContent.trim() === ${JSON.stringify(text)}`) as (el: Element) => boolean
const byId = (id: string) => new Function('el', `return el && el.id === ${JSON.stringify(id)}`) as (el: Element) => boolean

/** Chooses an option of the focused select with the arrow keys. */
async function chooseWithKeys(page: Page, id: string, label: RegExp) {
  const [from, to] = await page.evaluate(
    ([selectId, source]) => {
      const select = document.getElementById(selectId) as HTMLSelectElement
      return [select.selectedIndex, [...select.options].findIndex((o) => new RegExp(source).test(o.textContent ?? ''))]
    },
    [id, label.source] as const,
  )
  expect(to, `option ${label} of #${id}`).toBeGreaterThan(-1)
  for (let i = from; i < to; i++) await page.keyboard.press('ArrowDown')
  return to - from
}

async function sendMessage(subject: string) {
  const ip = newClientIp()
  const hidden = await openForm(baseUrl, ip)
  const message = '社区服务室的免费避孕药具经常缺货，希望保证供应，并公布补货时间。'
  const { html } = await postForm(baseUrl, ip, hidden, { ...VALID_MESSAGE, kind: 'consultation', subject, message })
  const code = html.match(/data-testid="tracking-code">([^<]+)</)?.[1]
  const key = html.match(/data-testid="access-key">([^<]+)</)?.[1]
  if (!code || !key) throw new Error(`the form did not acknowledge the message: ${html.match(/class="[^"]*error[^"]*"[^>]*>([^<]+)/g)?.join(' | ') ?? html.slice(0, 300)}`)
  return { code, key }
}

describe('the handler’s workbench', () => {
  it('takes a message from 待受理 to 已答复 with the keyboard only, and the resident sees each step', async () => {
    const subject = `药具缺货${Date.now() % 100000}`
    const { code, key } = await sendMessage(subject)
    const page = await signInToAdmin(browser, 'handler')
    // The dashboard and the navigation show the queues' counts.
    await page.getByRole('heading', { name: '留言办理台' }).waitFor()
    await expect(page.locator('.workbench-nav').textContent()).resolves.toMatch(/待受理 \d+ · 我的 \d+ · 已超期 \d+/)

    const started = Date.now()
    let keys = 0
    let activations = 0
    await page.goto(`${baseUrl}/admin/feedback-workbench?queue=unassigned&sort=newest`)
    await page.locator('.workbench-table').waitFor()
    await expect(page.locator('.workbench-tabs [aria-current="page"]').textContent()).resolves.toMatch(/^待受理 \d+$/)
    const row = page.locator('.workbench-table tr', { hasText: subject })
    await expect(row.locator('td').nth(7).textContent()).resolves.toMatch(/^剩 \d+ 个工作日$|^今天到期$/)

    keys += await tabTo(page, byText('A', subject), 'the message')
    await page.keyboard.press('Enter'); keys++; activations++
    await page.locator('.workbench-desk').waitFor()
    // Only the legal next steps: a new message can be accepted, declined or transferred.
    await expect(page.locator('.workbench-step h3').allTextContents()).resolves.toEqual(['受理', '不予受理', '转办'])

    keys += await tabTo(page, byText('BUTTON', '受理'), '受理')
    await page.keyboard.press('Enter'); keys++; activations++
    await page.getByRole('status').filter({ hasText: '已受理' }).waitFor()
    await expect(page.locator('.workbench-step h3').allTextContents()).resolves.toEqual(['交办', '申请延期'])

    keys += await tabTo(page, byId('step-assign-department'), 'the department')
    keys += await chooseWithKeys(page, 'step-assign-department', /基层指导科/)
    keys += await tabTo(page, byId('step-assign-handler'), 'the handler')
    keys += await chooseWithKeys(page, 'step-assign-handler', /刘办理/)
    keys += await tabTo(page, byText('BUTTON', '交办'), '交办')
    await page.keyboard.press('Enter'); keys++; activations++
    await page.getByRole('status').filter({ hasText: '已交办' }).waitFor()
    // The reply box comes first once replying is legal.
    await expect(page.locator('.workbench-step h3').first().textContent()).resolves.toBe('答复')

    keys += await tabTo(page, byId('step-reply-text'), 'the reply box')
    const reply = '您好，已要求各社区服务室每周盘点药具库存，并在门口公布补货时间。'
    await page.keyboard.type(reply); keys += 1
    keys += await tabTo(page, byText('BUTTON', '答复'), '答复')
    await page.keyboard.press('Enter'); keys++; activations++
    await page.getByRole('status').filter({ hasText: '答复已发出' }).waitFor()
    const seconds = (Date.now() - started) / 1000
    await expect(page.locator('.workbench-facts').textContent()).resolves.toContain('已答复（尚未办结），不再计时')
    await expect(page.locator('.workbench-step h3').allTextContents()).resolves.toEqual(['办结'])
    console.log(`new message → reply sent: ${activations} activations (Enter), ${keys} key presses in all, 0 clicks, 0 saves of the edit form, ${seconds.toFixed(1)} s`)

    const resident = await (await browser.newContext()).newPage()
    await resident.goto(`${baseUrl}/feedback/track?code=${code}`)
    await resident.fill('#track-key', key)
    await resident.keyboard.press('Enter')
    await resident.waitForSelector('.timeline')
    const steps = (await resident.locator('.timeline li').allTextContents()).map((s) => s.replace(/^[\d\s:-]+/, '').trim())
    expect(steps).toEqual(['已收到', '已受理', '办理中', '已答复'])
    await expect(resident.locator('.panel').textContent()).resolves.toContain('已答复，尚未办结')
  })

  it('passes axe on the workbench and the desk (our parts; Payload’s chrome has findings of its own)', async () => {
    const page = await signInToAdmin(browser, 'handler')
    const ours = async () => {
      const all = await axeViolations(page)
      return page.evaluate(
        (found) => found.flatMap((v) => v.targets.filter((t) => document.querySelector(t)?.closest('.workbench-desk, .workbench-tabs, .workbench-filters, .workbench-bulk, .workbench-heading')).map((t) => `${v.id} at ${t}`)),
        all,
      )
    }
    await page.goto(`${baseUrl}/admin/feedback-workbench?queue=unassigned`)
    await page.locator('.workbench-tabs').waitFor()
    expect(await ours()).toEqual([])
    const first = page.locator('.workbench-table a').first()
    if (await first.count()) {
      await first.click()
      await page.locator('.workbench-desk').waitFor()
      expect(await ours()).toEqual([])
    }
  })
})
