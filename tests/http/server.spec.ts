import { PUBLIC_PAGE_CACHE_CONTROL } from '@/platform/cache/shared-cache-headers.mjs'
import { describe, expect, inject, it } from 'vitest'

const baseUrl = inject('baseUrl')
const get = (path: string, init: RequestInit = {}) => fetch(`${baseUrl}${path}`, { redirect: 'manual', ...init })

describe('the built server over HTTP', () => {
  it('serves the home page with the security headers', async () => {
    const response = await get('/')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="zh-Hans"')
    expect(html).toContain('成都市计划生育与生殖健康服务网')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('serves the admin login page', async () => {
    const response = await get('/admin/login')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBeTruthy()
  })

  // public/ is served as it is: the proxy's matcher leaves addresses with a file extension alone.
  const icons = [
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
    ['/apple-touch-icon.png', 'image/png'],
  ]
  for (const [path, type] of icons) {
    it(`serves ${path} from public/`, async () => {
      const response = await get(path)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain(type)
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0)
    })
  }

  const linkTo = (rel: string, href: string) =>
    new RegExp(`<link(?=[^>]* rel="${rel}")(?=[^>]* href="${href.replaceAll('.', '\\.')}")[^>]*>`)

  it('links the icons from public and admin pages; the login page shows the site logo', async () => {
    const home = await (await get('/')).text()
    const login = await (await get('/admin/login')).text()
    for (const html of [home, login]) {
      expect(html).toMatch(linkTo('icon', '/favicon.ico'))
      expect(html).toMatch(linkTo('icon', '/icon.svg'))
      expect(html).toMatch(linkTo('apple-touch-icon', '/apple-touch-icon.png'))
    }
    // Payload renders its login form in the browser: the logo is in the page's React data.
    expect(login).toMatch(/src(="|\\":\\")\/logo\.svg/)
  })

  it('refuses the user list to anonymous callers, in Chinese', async () => {
    const response = await get('/api/users')
    expect(response.status).toBe(403)
    const body = await response.json()
    expect(body.docs).toBeUndefined()
    expect(body.errors[0].message).toMatch(/无权/)
  })

  it('lets demo staff log in and keeps roles in the token', async () => {
    const response = await get('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@demo.cdjsw.local', password: 'Demo-Bianji-2026' }),
    })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.user.roles).toEqual(['editor'])
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/i)
  })

  it('switches to Traditional characters with a plain link and returns to the same page', async () => {
    const response = await get('/reader-settings?script=hant', { headers: { Referer: `${baseUrl}/hans/policies` } })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/policies')
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/zh-script=hant/)
    const page = await get('/policies', { headers: { Cookie: 'zh-script=hant' } })
    const html = await page.text()
    expect(html).toContain('<html lang="zh-Hant"')
    expect(html).toContain('服務')
  })

  it('never redirects to another site', async () => {
    const response = await get('/reader-settings?elder=on&back=https://evil.example/', {
      headers: { Referer: 'https://evil.example/x' },
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/')
  })

  it('serves 长者模式 as a per-visitor stylesheet while the page stays cacheable', async () => {
    const standard = await get('/reader.css')
    const elder = await get('/reader.css', { headers: { Cookie: 'elder-mode=on' } })
    expect(await standard.text()).not.toContain('--font-size-base')
    expect(await elder.text()).toContain('--font-size-base')
    expect(elder.headers.get('cache-control')).toContain('private')
    expect(elder.headers.get('vary')).toContain('Cookie')
    // The page itself is the same for every reader, so a shared cache may keep one copy of it.
    const page = await get('/', { headers: { Cookie: 'elder-mode=on' } })
    expect(page.headers.get('cache-control')).toBe(PUBLIC_PAGE_CACHE_CONTROL)
    expect(page.headers.get('set-cookie')).toBeNull()
  })

  for (const path of ['/no-such-section', '/policies/no-such-notice', '/stations/no-such-station', '/hant/events/no-such-event']) {
    it(`answers an unknown page with a 404 in Chinese: ${path}`, async () => {
      const response = await get(path)
      expect(response.status).toBe(404)
      // In the HTML itself, not only in the data its scripts render from: readers without JavaScript see it.
      const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '')
      expect(html).toContain('页面未找到')
      expect(html).toMatch(/<html lang="zh-Han[st]"/)
    })
  }
})
