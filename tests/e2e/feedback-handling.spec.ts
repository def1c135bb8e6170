import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { newClientIp, openForm, postForm, VALID_MESSAGE } from '../http/feedback-form'
import { demoToken } from '../http/staff-login'
import { signInToAdmin } from './admin-sign-in'
import { axeViolations, chromiumForThisFile, horizontalOverflow, PHONE } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()
let token: string

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, 'X-Forwarded-For': newClientIp() },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: await response.json() }
}

/** A message sent through the public form, the way a browser without JavaScript sends it. */
async function sendMessage(subject: string) {
  const ip = newClientIp()
  const hidden = await openForm(baseUrl, ip)
  const message = '我叫赵桂芳，电话 13711112222。社区服务室的免费避孕药具经常缺货，希望保证供应。'
  const { html } = await postForm(baseUrl, ip, hidden, { ...VALID_MESSAGE, kind: 'suggestion', subject, message, name: '赵桂芳', phone: '13711112222' })
  const code = html.match(/data-testid="tracking-code">([^<]+)</)?.[1]
  const key = html.match(/data-testid="access-key">([^<]+)</)?.[1]
  if (!code || !key) throw new Error('the form did not acknowledge the message')
  const found = await api('GET', `/feedback?where[trackingCode][equals]=${code}&depth=0`)
  return { code, key, id: found.json.docs[0].id as number }
}

async function track(page: Page, code: string, key: string) {
  await page.goto(`${baseUrl}/feedback/track?code=${code}`)
  await page.fill('#track-key', key)
  await page.click('.track-form button[type="submit"]')
  await page.waitForSelector('.timeline')
}

beforeAll(async () => {
  token = await demoToken(baseUrl, 'handler')
})

describe('a message handled, rated and published', () => {
  it('goes from the form to the handler, back to the resident, and onto the public board without personal data', async () => {
    const subject = `免费药具缺货${Date.now() % 100000}`
    const { code, key, id } = await sendMessage(subject)
    const departments = await api('GET', '/departments?where[name][equals]=基层指导科')
    const department = departments.json.docs[0].id

    // The handler works in the admin: the message shows its deadline there.
    expect((await api('PATCH', `/feedback/${id}`, { status: 'replied', reply: '跳过步骤' })).status).toBe(400)
    expect((await api('PATCH', `/feedback/${id}`, { status: 'accepted' })).status).toBe(200)
    expect((await api('PATCH', `/feedback/${id}`, { status: 'assigned', department })).status).toBe(200)
    const adminPage = await signInToAdmin(browser, 'handler')
    await adminPage.goto(`${baseUrl}/admin/collections/feedback/${id}`)
    await expect(adminPage.getByText(/答复时限：剩余 \d+ 个工作日|答复时限：今天到期/).first().waitFor()).resolves.toBeUndefined()
    await adminPage.goto(`${baseUrl}/admin/feedback-deadlines`)
    await expect(adminPage.getByRole('heading', { name: '办理时限', level: 1 }).waitFor()).resolves.toBeUndefined()
    await adminPage.context().close()
    expect((await api('PATCH', `/feedback/${id}`, { status: 'replied', reply: '您好，已要求各社区服务室每周盘点药具库存。' })).status).toBe(200)

    // The resident, without JavaScript, reads the reply, is not satisfied and asks again.
    const resident = await browser.newContext({ ...PHONE, javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': newClientIp() } })
    const page = await resident.newPage()
    await track(page, code, key)
    await expect(page.locator('.reply__body').textContent()).resolves.toContain('每周盘点药具库存')
    expect(await horizontalOverflow(page)).toBe(0)
    await page.check('input[name="rating"][value="unsatisfied"]')
    await page.fill('#rating-comment', '上周仍然缺货')
    await page.click('.rating-form button[type="submit"]')
    await page.waitForSelector('.reopen-form')
    await expect(page.locator('.notice').textContent()).resolves.toContain('已收到您的评价')
    await page.click('.reopen-form button[type="submit"]')
    await page.waitForSelector('text=已为您申请重新办理')
    await expect(page.locator('.track-form ~ section strong').first().textContent()).resolves.toBe('办理中')
    await resident.close()

    // Second reply; this time the resident (with JavaScript) is satisfied.
    expect((await api('PATCH', `/feedback/${id}`, { status: 'replied', reply: '已为社区服务室增加一倍药具储备，并公布补货电话。' })).status).toBe(200)
    const again = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': newClientIp() } })
    const second = await again.newPage()
    await track(second, code, key)
    expect(await axeViolations(second)).toEqual([])
    await second.check('input[name="rating"][value="satisfied"]')
    await second.click('.rating-form button[type="submit"]')
    await second.waitForSelector('text=感谢您的评价')
    await expect(second.locator('.reopen-form').count()).resolves.toBe(0)
    await again.close()

    // Publication through the desk: the handler cannot approve their own copy, a reviewer must.
    const copies = await api('GET', `/moderated-copies?where[source][equals]=${id}&depth=0`)
    const copy = copies.json.docs[0]
    expect(copy.question).not.toContain('赵桂芳')
    expect((await api('POST', `/moderated-copies/${copy.id}/actions/submit`, {})).status).toBe(200)
    expect((await api('POST', `/moderated-copies/${copy.id}/actions/approve`, {})).status).toBe(403)
    const reviewer = await demoToken(baseUrl, 'reviewer')
    const approved = await fetch(`${baseUrl}/api/moderated-copies/${copy.id}/actions/approve`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${reviewer}`, 'X-Forwarded-For': newClientIp() },
      body: '{}',
    })
    expect(approved.status).toBe(200)

    const board = await browser.newContext({ ...PHONE, extraHTTPHeaders: { 'X-Forwarded-For': newClientIp() } })
    const boardPage = await board.newPage()
    await boardPage.goto(`${baseUrl}/feedback/replies?kind=suggestion`)
    const html = await boardPage.content()
    expect(html).toContain(subject)
    expect(html).toContain('增加一倍药具储备')
    for (const secret of ['赵桂芳', '13711112222']) expect(html).not.toContain(secret)
    expect(await axeViolations(boardPage)).toEqual([])
    expect(await horizontalOverflow(boardPage)).toBe(0)
    await board.close()
  })
})
