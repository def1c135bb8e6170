import { createRequire } from 'node:module'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, ...extraFlags] })
}

/**
 * One Chromium for the spec file that calls this at its top: launched before its first test and
 * closed after its last. Pages and contexts come from the returned object.
 */
export function chromiumForThisFile(extraFlags: string[] = []) {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium(extraFlags)
  })
  afterAll(async () => {
    await browser?.close()
  })
  const running = () => {
    if (!browser) throw new Error('Chromium is started in beforeAll: use it inside a hook or a test')
    return browser
  }
  return {
    newPage: (options?: BrowserContextOptions) => running().newPage(options),
    newContext: (options?: BrowserContextOptions) => running().newContext(options),
  }
}

export type ChromiumForThisFile = ReturnType<typeof chromiumForThisFile>

export const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true }

const axeSource = (() => {
  const require = createRequire(import.meta.url)
  return require('fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') as string
})()

/**
 * Runs axe-core in the page (from the npm package, nothing fetched) for WCAG 2.1 AA. Evaluated
 * through the DevTools protocol: a <script> tag added to the page would be refused by its
 * Content-Security-Policy, as any script without the page's nonce is.
 */
export async function axeViolations(page: Page) {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }))
  })
}

export async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

/**
 * Visits each path in turn with `page`: every axe violation as one line naming its path (so one
 * failed assertion lists them all), and each page's horizontal overflow beside its path.
 */
export async function checkPages(page: Page, baseUrl: string, paths: string[]) {
  const violations: string[] = []
  const overflow: { path: string; overflow: number }[] = []
  for (const path of paths) {
    await page.goto(`${baseUrl}${path}`)
    for (const v of await axeViolations(page)) violations.push(`${path}: ${v.id} at ${v.targets.join(', ')}`)
    overflow.push({ path, overflow: await horizontalOverflow(page) })
  }
  return { violations, overflow }
}

/** What `checkPages` finds on pages that fit: no overflow on any path. */
export const noOverflow = (paths: string[]) => paths.map((path) => ({ path, overflow: 0 }))

/** Records every Content-Security-Policy violation the page reports, from before its first script. */
export async function watchCspViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
}

export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)

/** Opens `url` in a new page until the network is idle: did Next's scripts run, and what did the CSP refuse. */
export async function scriptsOf(browser: ChromiumForThisFile, url: string) {
  const page = await browser.newPage()
  await watchCspViolations(page)
  await page.goto(url, { waitUntil: 'networkidle' })
  const result = { ran: await nextScriptsRan(page), refused: await cspViolations(page) }
  await page.close()
  return result
}

/** Next's client runtime sets `window.next` once its scripts have run. */
export const nextScriptsRan = (page: Page) => page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version))

/** The nonce in a Content-Security-Policy header. */
export const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1]

/** The opening tags of a page's scripts, without JSON-LD blocks (data, never run, no nonce needed). */
export const runnableScriptTags = (html: string) => (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('application/ld+json'))
