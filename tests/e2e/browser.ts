import { createRequire } from 'node:module'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
}

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

/** Records every Content-Security-Policy violation the page reports, from before its first script. */
export async function watchCspViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
}

export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)

/** Next's client runtime sets `window.next` once its scripts have run. */
export const nextScriptsRan = (page: Page) => page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version))

/** The nonce in a Content-Security-Policy header. */
export const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1]

/** The opening tags of a page's scripts, without JSON-LD blocks (data, never run, no nonce needed). */
export const runnableScriptTags = (html: string) => (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('application/ld+json'))
