// Bytes a visitor's browser transfers per page, counted as the page-weight check in
// tests/e2e/outreach-health.spec.ts counts them: Chromium (playwright-core, Debian's binary), a
// 360 px phone with JavaScript on, CDP `encodedDataLength` of every response until the network
// is idle and Next's link prefetches are done.
import { chromium } from 'playwright-core'

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
// The flags of tests/e2e/browser.ts.
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true }

/** `{ name: { totalBytes, scriptBytes, requests } }` for each `{ name: url }`. */
export async function measurePageWeights(pages) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  const weights = {}
  try {
    for (const [name, url] of Object.entries(pages)) {
      const context = await browser.newContext({ ...PHONE, javaScriptEnabled: true })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      const typeOf = new Map()
      const weight = { totalBytes: 0, scriptBytes: 0, requests: 0 }
      cdp.on('Network.responseReceived', (event) => typeOf.set(event.requestId, event.type))
      cdp.on('Network.loadingFinished', (event) => {
        weight.totalBytes += event.encodedDataLength
        weight.requests += 1
        if (typeOf.get(event.requestId) === 'Script') weight.scriptBytes += event.encodedDataLength
      })
      await page.goto(url, { waitUntil: 'networkidle' })
      await page.waitForTimeout(1500)
      weights[name] = weight
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return weights
}
