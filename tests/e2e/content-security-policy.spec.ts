import { describe, expect, inject, it } from 'vitest'
import { chromiumForThisFile, cspViolations, nonceOf, runnableScriptTags, scriptsOf, watchCspViolations } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()

/** One page of each kind residents read or fill in, and the not-found page. */
const PUBLIC_PAGES = [
  '/',
  '/policies',
  '/policies/chengbanfa-2004-5',
  '/stations',
  '/stations/jinjiang-001',
  `/search?q=${encodeURIComponent('艾滋病')}`,
  '/health',
  '/outreach',
  '/events',
  '/floating-population',
  '/open-data',
  '/feedback',
  '/feedback/new',
  '/feedback/track',
  '/no-such-page',
]

describe('Content-Security-Policy with nonces on public pages', () => {
  it('allows no inline script without the nonce, and the nonce is new on every request', async () => {
    const nonces = new Set<string>()
    for (const path of ['/', '/', '/policies', '/hant/stations']) {
      const response = await fetch(`${baseUrl}${path}`)
      const policy = response.headers.get('content-security-policy') ?? ''
      const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? ''
      expect(scriptSrc).not.toContain('unsafe-inline')
      expect(scriptSrc).toContain("'strict-dynamic'")
      const nonce = nonceOf(policy)!
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
      nonces.add(nonce)
      const html = await response.text()
      const scriptTags = runnableScriptTags(html)
      expect(scriptTags.length).toBeGreaterThan(0)
      for (const tag of scriptTags) expect({ path, tag }).toEqual({ path, tag: expect.stringContaining(`nonce="${nonce}"`) })
    }
    expect(nonces.size).toBe(4)
  })

  for (const path of PUBLIC_PAGES) {
    it(`runs the page's own scripts and nothing is refused: ${decodeURIComponent(path)}`, async () => {
      const { ran, refused } = await scriptsOf(browser, `${baseUrl}${path}`)
      expect(ran).toBe(true)
      expect(refused).toEqual([])
    })
  }

  it('refuses a script slipped into a page without the nonce, and runs one that carries it', async () => {
    const page = await browser.newPage()
    await watchCspViolations(page)
    await page.route(`${baseUrl}/`, async (route) => {
      const response = await route.fetch()
      const nonce = nonceOf(response.headers()['content-security-policy'] ?? '')
      const html = (await response.text()).replace(
        '</body>',
        `<script>window.injected = true</script><img src="x" onerror="window.handlerRan = true"><script nonce="${nonce}">window.trusted = true</script></body>`,
      )
      await route.fulfill({ response, body: html })
    })
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' })
    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>
      return { injected: w.injected, handlerRan: w.handlerRan, trusted: w.trusted }
    })
    expect(ran).toEqual({ injected: undefined, handlerRan: undefined, trusted: true })
    const refused = await cspViolations(page)
    expect(refused.filter((entry) => entry.startsWith('script-src')).length).toBeGreaterThanOrEqual(2)
    await page.close()
  })
})
