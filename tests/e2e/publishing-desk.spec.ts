import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'
import { demoToken } from '../http/staff-login'
import { signInToAdmin } from './admin-sign-in'
import { chromiumForThisFile } from './browser'

/**
 * The publishing desk in real Chromium with the demo accounts: the editor submits, the reviewer
 * returns it with a remark from the dashboard's 待我审核, the editor fixes and resubmits, the
 * reviewer approves and schedules it a minute ahead (Beijing time), and it goes live.
 */

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()
const TITLE = `审核台浏览器测试文章 ${Date.now()}`
let id: number
let slug: string
/** A document of its own for the unsaved-text test, so the desk walk starts from a fresh draft. */
let keptId: number

// A browser asking for Chinese, as the authority's staff use (Payload's own buttons follow it).
const staffPage = (role: 'editor' | 'reviewer') => signInToAdmin(browser, role, { context: { locale: 'zh-CN' } })

const desk = (page: Page) => page.locator('.publishing-desk')
const deskButton = (page: Page, name: string) => desk(page).getByRole('button', { name, exact: true })
/** The desk shows the state, and the page's scripts have run (a value typed before then would be lost). */
async function stateShown(page: Page, label: string) {
  await page.getByText(`状态：${label}`).first().waitFor()
  await page.waitForLoadState('networkidle')
}

async function openDoc(page: Page, docId = id) {
  await page.goto(`${baseUrl}/admin/collections/outreach-articles/${docId}`)
  await page.locator('.publishing-desk').waitFor()
}

async function createDraft(token: string, title: string) {
  const response = await fetch(`${baseUrl}/api/outreach-articles?draft=true`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ title, kind: 'story', summary: '活动于 12 月 4 日举行。', body: lexicalParagraphs(['婚育新风进万家活动。']) }),
  })
  expect(response.status).toBe(201)
  return (await response.json()).doc as { id: number; slug: string }
}

beforeAll(async () => {
  const token = await demoToken(baseUrl, 'editor')
  ;({ id, slug } = await createDraft(token, TITLE))
  keptId = (await createDraft(token, `未保存内容浏览器测试 ${Date.now()}`)).id
})

describe('the publishing desk in the admin', () => {
  it('keeps what an editor typed when the save is refused, and offers it back after a reload', async () => {
    const editor = await staffPage('editor')
    await openDoc(editor, keptId)
    const typed = '保存被拒绝时输入的摘要，不能丢失。'
    // The server refuses the save, as it does at a wrong address or with an expired session.
    const refuse = (route: import('playwright-core').Route) =>
      route.request().method() === 'PATCH' ? route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: '您无权执行此操作。' }] }) }) : route.continue()
    await editor.route(`**/api/outreach-articles/${keptId}?**`, refuse)
    await editor.fill('#field-summary', typed)
    await editor.getByRole('button', { name: '保存草稿' }).click()
    await editor.getByText('您无权执行此操作').first().waitFor()
    await editor.waitForTimeout(1000)
    await editor.unroute(`**/api/outreach-articles/${keptId}?**`, refuse)

    await editor.reload()
    const offer = editor.locator('[data-unsaved-edits]')
    await offer.waitFor()
    await expect(offer.textContent()).resolves.toContain('没有保存成功的内容，共 1 处')
    await offer.getByRole('button', { name: '恢复未保存的修改' }).click()
    await expect(editor.inputValue('#field-summary')).resolves.toBe(typed)
    await editor.getByText('已恢复 1 处未保存的修改').waitFor()
    await editor.getByRole('button', { name: '保存草稿' }).click()
    const token = await demoToken(baseUrl, 'editor')
    let saved = ''
    for (let i = 0; i < 20 && saved !== typed; i++) {
      await editor.waitForTimeout(500)
      saved = (await (await fetch(`${baseUrl}/api/outreach-articles/${keptId}?draft=true&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()).summary
    }
    expect(saved).toBe(typed)

    // Saved: nothing is offered any more.
    await editor.waitForTimeout(1000)
    await openDoc(editor, keptId)
    await editor.waitForTimeout(1000)
    expect(await editor.locator('[data-unsaved-edits]').count()).toBe(0)
    await editor.context().close()
  }, 120_000)

  it('editor submits → reviewer returns with a remark → editor fixes and resubmits → reviewer approves and schedules → live', async () => {
    const clicks: Record<string, number> = { editor: 0, reviewer: 0 }
    const editor = await staffPage('editor')
    await openDoc(editor)
    await stateShown(editor, '草稿')
    // Payload's own publish button is gone for everyone: only the desk publishes.
    expect(await editor.getByRole('button', { name: '发布修改' }).count()).toBe(0)
    await desk(editor).getByLabel('给审核员的说明（选填）').fill('请核对活动日期。')
    await deskButton(editor, '提交审核').click()
    clicks.editor++
    await stateShown(editor, '待审核')
    expect(await deskButton(editor, '审核通过').count()).toBe(0)

    const reviewer = await staffPage('reviewer')
    await reviewer.goto(`${baseUrl}/admin`)
    const queue = reviewer.locator('#desk-awaitingMyReview')
    await queue.waitFor()
    await expect(queue.textContent()).resolves.toContain('于')
    await queue.getByRole('link', { name: TITLE }).click()
    clicks.reviewer++
    await reviewer.locator('.publishing-desk').waitFor()
    await expect(reviewer.getByText('提交说明：请核对活动日期。').count()).resolves.toBe(1)
    await deskButton(reviewer, '退回修改').click()
    await expect(desk(reviewer).getByRole('alert').textContent()).resolves.toContain('请写明需要修改的地方')
    await desk(reviewer).getByLabel('退回意见（必填，撰写人会看到）').fill('活动日期应为 12 月 5 日。')
    await deskButton(reviewer, '退回修改').click()
    clicks.reviewer++
    await stateShown(reviewer, '退回修改')

    await openDoc(editor)
    await expect(editor.getByText('退回意见：活动日期应为 12 月 5 日。').count()).resolves.toBe(1)
    await editor.fill('#field-summary', '活动于 12 月 5 日举行。')
    await editor.getByRole('button', { name: '保存草稿' }).click()
    clicks.editor++
    await editor.getByText('活动于 12 月 5 日举行。').first().waitFor().catch(() => undefined)
    await editor.waitForTimeout(1000)
    await openDoc(editor)
    await deskButton(editor, '提交审核').click()
    clicks.editor++
    await stateShown(editor, '待审核')

    await openDoc(reviewer)
    await deskButton(reviewer, '审核通过').click()
    clicks.reviewer++
    await stateShown(reviewer, '已通过')
    // The next whole minute at least a minute and a half ahead (the desk asks for one), Beijing time.
    const at = new Date(Math.ceil((Date.now() + 90_000) / 60_000) * 60_000)
    const beijing = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16)
    await desk(reviewer).getByLabel('发布时间（北京时间，精确到分钟）').fill(beijing)
    await deskButton(reviewer, '定时发布').click()
    clicks.reviewer++
    await stateShown(reviewer, '已定时')
    await reviewer.getByText(`定时发布：${beijing.replace('T', ' ')}（北京时间）`).waitFor({ timeout: 5000 })
    await reviewer.goto(`${baseUrl}/admin/collections/outreach-articles`)
    await expect(reviewer.locator('tr', { hasText: TITLE }).textContent()).resolves.toContain('定时')

    expect((await fetch(`${baseUrl}/outreach/${slug}`)).status).toBe(404)
    const deadline = at.getTime() + 60_000
    let status = 0
    while (Date.now() < deadline) {
      status = (await fetch(`${baseUrl}/outreach/${slug}`)).status
      if (status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
    if (status !== 200) {
      // What the job queue holds, to tell a late worker from a refused publication.
      const jobs = await fetch(`${baseUrl}/api/payload-jobs?limit=5&sort=-createdAt&depth=0`, { headers: { Authorization: `JWT ${await demoToken(baseUrl, 'admin')}` } })
      console.log(`not live at ${new Date().toISOString()} (scheduled for ${at.toISOString()}); jobs: ${await jobs.text()}`)
    }
    expect(status).toBe(200)
    const html = await (await fetch(`${baseUrl}/outreach/${slug}`)).text()
    expect(html).toContain('活动于 12 月 5 日举行。')
    console.log(`clicks from the written draft to publication: editor ${clicks.editor}, reviewer ${clicks.reviewer} (after the reviewer signs in)`)
  }, 300_000)
})
