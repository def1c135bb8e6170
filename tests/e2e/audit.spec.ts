import { describe, expect, inject, it } from 'vitest'
import { apiLogin } from '../http/staff-login'
import { chromiumForThisFile } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()

const login = (email: string, password: string, ip: string) => apiLogin(baseUrl, email, password, { 'X-Forwarded-For': ip })

describe('the audit log in the admin', () => {
  it('lists failed logins with the address, and exports the filtered list as CSV', async () => {
    expect((await login('nobody@demo.cdjsw.local', 'wrong', '198.51.100.77')).status).toBe(401)
    const admin = await login('admin@demo.cdjsw.local', 'Demo-Guanli-2026', '198.51.100.78')
    expect(admin.status).toBe(200)

    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: admin.json.token, url: baseUrl }])
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/collections/audit-log?where[action][equals]=login-failure`)
    const link = page.getByRole('link', { name: '导出当前筛选结果（CSV）' })
    await link.waitFor()
    await expect(page.getByText('198.51.100.77').first().isVisible()).resolves.toBe(true)

    const href = await link.getAttribute('href')
    expect(href).toContain('/api/audit-log/export.csv?')
    expect(decodeURIComponent(href!)).toContain('where[action][equals]=login-failure')
    // Fetched by the page itself, as a click would: the session cookie with same-origin headers.
    const download = await page.evaluate(async (url) => {
      const response = await fetch(url)
      return { status: response.status, bytes: [...new Uint8Array(await response.arrayBuffer())] }
    }, href!)
    expect(download.status).toBe(200)
    const bytes = Buffer.from(download.bytes)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = bytes.subarray(3).toString('utf8').split('\r\n').slice(1, -1)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.split(',')[1] === 'login-failure')).toBe(true)
    expect(rows.some((row) => row.includes('nobody@demo.cdjsw.local') && row.endsWith('198.51.100.77'))).toBe(true)
    await context.close()
  })

  it('refuses the export to an editor', async () => {
    const editor = await login('editor@demo.cdjsw.local', 'Demo-Bianji-2026', '198.51.100.79')
    const response = await fetch(`${baseUrl}/api/audit-log/export.csv`, { headers: { Authorization: `JWT ${editor.json.token}` } })
    expect(response.status).toBe(403)
  })
})
