import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { newClientIp, openForm, postForm, trackingCodeIn, VALID_MESSAGE } from '../http/feedback-form'
import { demoAccount, demoToken } from '../http/staff-login'
import { signInToAdmin } from './admin-sign-in'
import { axeViolations, chromiumForThisFile } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()
let token: string

const RESIDENT = { name: '钱雅琴', phone: '13722223333' }
const PUBLIC_PHONE = '028-86123456'

/** A REST call as the handler (a PATCH when given a change): its JSON, after checking it succeeded. */
async function asHandler(path: string, change?: object) {
  const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, 'X-Forwarded-For': newClientIp() }
  const response = await fetch(`${baseUrl}/api${path}`, { method: change ? 'PATCH' : 'GET', headers, body: change && JSON.stringify(change) })
  expect(response.status).toBe(200)
  return response.json()
}

/** A message with publication consent, walked to 已答复 by the handler: its public copy is drafted. */
async function repliedMessage(subject: string) {
  const ip = newClientIp()
  const hidden = await openForm(baseUrl, ip)
  const message = `我叫${RESIDENT.name}，电话 ${RESIDENT.phone}。社区服务室的叶酸片经常领不到，希望保证供应。`
  const { html } = await postForm(baseUrl, ip, hidden, { ...VALID_MESSAGE, kind: 'suggestion', subject, message, ...RESIDENT, publishConsent: 'yes' })
  const code = trackingCodeIn(html)
  if (!code) throw new Error('the form did not acknowledge the message')
  const id = (await asHandler(`/feedback?where[trackingCode][equals]=${code}&depth=0`)).docs[0].id
  const department = (await asHandler('/departments?where[name][equals]=基层指导科')).docs[0].id
  for (const step of [{ status: 'accepted' }, { status: 'assigned', department }, { status: 'replied', reply: '您好，已要求各社区服务室按月补足叶酸片库存。' }]) {
    await asHandler(`/feedback/${id}`, step)
  }
  return id as number
}

const staffPage = (role: 'handler' | 'reviewer') => signInToAdmin(browser, role)

/** The copy's page, reached from the list 公开版本审核 through the count of one status. */
async function openFromList(page: Page, status: string, subject: string) {
  await page.goto(`${baseUrl}/admin/collections/moderated-copies`)
  const counts = page.getByRole('navigation', { name: '按状态查看公开版本' })
  await counts.waitFor()
  await expect(counts.getByRole('link').first().textContent()).resolves.toMatch(new RegExp(`^${status} \\d+$`))
  await counts.getByRole('link', { name: new RegExp(`^${status} `) }).click()
  await page.waitForURL(/where%5Bor%5D%5B0%5D%5Band%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=|where\[or\]\[0\]\[and\]\[0\]\[status\]\[equals\]=/)
  await page.getByRole('link', { name: subject }).click()
  await page.locator('.copy-desk').waitFor()
}

const desk = (page: Page) => page.locator('.copy-desk')
const deskButton = (page: Page, name: string) => desk(page).getByRole('button', { name, exact: true })
const statusShown = (page: Page, label: string) => desk(page).getByText(`状态：${label}`).waitFor()
const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '')

/** axe's findings on the desk only: Payload's own admin chrome has known findings of its own. */
async function deskViolations(page: Page) {
  const all = await axeViolations(page)
  return page.evaluate(
    (found) =>
      found.flatMap((v) =>
        v.targets.filter((target) => document.querySelector(target)?.closest('.copy-desk')).map((target) => `${v.id} at ${target}`),
      ),
    all,
  )
}

/** 留言选登 as a resident reads it, once the board has caught up with the last step. */
async function boardShows(subject: string, shown: boolean) {
  for (let attempt = 0; ; attempt += 1) {
    const response = await fetch(`${baseUrl}/feedback/replies?kind=suggestion`, { headers: { 'X-Forwarded-For': newClientIp() } })
    const html = await response.text()
    if (html.includes(subject) === shown || attempt === 20) return html
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

beforeAll(async () => {
  token = await demoToken(baseUrl, 'handler')
})

describe('the staff desk of a public copy (留言选登)', () => {
  it('is written and submitted by the handler, approved by the reviewer with a reason for each flag, then withdrawn', async () => {
    const subject = `叶酸片领取${Date.now() % 100000}`
    const source = await repliedMessage(subject)
    const copies = await asHandler(`/moderated-copies?where[source][equals]=${source}&depth=0`)
    expect(copies.docs).toHaveLength(1)

    // The handler finishes the suggested copy: adds the office's public phone, saves and submits.
    const handler = await staffPage('handler')
    await openFromList(handler, '起草中', subject)
    await statusShown(handler, '起草中')
    await expect(deskButton(handler, '批准公开').count()).resolves.toBe(0)
    const answer = handler.locator('#field-answer')
    await answer.fill(`${await answer.inputValue()}如仍领不到，请拨打本站电话 ${PUBLIC_PHONE}。`)
    await handler.click('#action-save')
    // Once saved, the desk shows the saved answer with the number flagged.
    await desk(handler).locator('mark', { hasText: PUBLIC_PHONE }).waitFor()
    await expect(desk(handler).locator('.copy-desk__flag', { hasText: PUBLIC_PHONE }).textContent()).resolves.toContain('「疑似电话号码」')
    await expect(desk(handler).textContent()).resolves.toContain('保存后再提交')
    await deskButton(handler, '提交审核').click()
    await statusShown(handler, '待审核')
    await expect(desk(handler).getByRole('status').textContent()).resolves.toBe('已提交审核：公开版本现在是“待审核”。')
    await expect(focusedClass(handler)).resolves.toContain('copy-desk__outcome')
    await expect(desk(handler).textContent()).resolves.toContain(`撰写人：${demoAccount('handler').name}`)
    // Their own copy: no approving it, and they are told who does.
    await expect(deskButton(handler, '批准公开').count()).resolves.toBe(0)
    await expect(deskButton(handler, '退回修改').count()).resolves.toBe(0)
    await expect(desk(handler).textContent()).resolves.toContain('撰写人不能审核自己写的版本')
    await handler.context().close()

    // The reviewer sees the flag, may not approve without answering it, then keeps it with a reason.
    const reviewer = await staffPage('reviewer')
    await openFromList(reviewer, '待审核', subject)
    await statusShown(reviewer, '待审核')
    await desk(reviewer).locator('mark', { hasText: PUBLIC_PHONE }).waitFor()
    const text = (await desk(reviewer).textContent()) ?? ''
    for (const secret of [RESIDENT.name, RESIDENT.phone]) expect(text).not.toContain(secret)
    const checks = desk(reviewer).locator('.copy-desk__check')
    await expect(checks.count()).resolves.toBe(1)
    await expect(checks.first().locator('legend').textContent()).resolves.toBe(`答复内容：疑似电话号码“${PUBLIC_PHONE}”`)
    await deskButton(reviewer, '批准公开').click()
    const refusal = desk(reviewer).getByRole('alert')
    await refusal.getByText('可能是个人信息').waitFor()
    await expect(refusal.textContent()).resolves.toContain(PUBLIC_PHONE)
    await expect(focusedClass(reviewer)).resolves.toContain('copy-desk__refusal')
    await statusShown(reviewer, '待审核')

    await desk(reviewer).getByLabel('不是个人信息').check()
    await desk(reviewer).getByLabel(/^理由/).fill('本机关公开电话')
    expect(await deskViolations(reviewer)).toEqual([])
    await deskButton(reviewer, '批准公开').click()
    await statusShown(reviewer, '已公开')
    await expect(desk(reviewer).getByRole('status').textContent()).resolves.toBe('已批准公开：公开版本现在是“已公开”。')
    await expect(desk(reviewer).textContent()).resolves.toContain('已确认不是个人信息：本机关公开电话')
    await expect(desk(reviewer).textContent()).resolves.toContain(`批准人：${demoAccount('reviewer').name}`)

    const board = await boardShows(subject, true)
    expect(board).toContain(subject)
    expect(board).toContain(PUBLIC_PHONE)
    for (const secret of [RESIDENT.name, RESIDENT.phone]) expect(board).not.toContain(secret)

    // Withdrawn with a reason: gone from the board.
    await deskButton(reviewer, '撤下').click()
    await desk(reviewer).getByRole('alert').getByText('请写明撤下的原因').waitFor()
    await desk(reviewer).getByLabel(/^撤下原因/).fill('留言人来电要求撤下')
    expect(await deskViolations(reviewer)).toEqual([])
    await deskButton(reviewer, '撤下').click()
    await statusShown(reviewer, '已撤下')
    await expect(desk(reviewer).textContent()).resolves.toContain('撤下原因：留言人来电要求撤下')
    expect(await boardShows(subject, false)).not.toContain(subject)
    await reviewer.context().close()
  })
})
