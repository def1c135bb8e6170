import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { demoToken } from '../http/staff-login'
import { chromiumForThisFile } from './browser'

/**
 * A crawl of the admin as each staff role: the dashboard, every list in the navigation, the first
 * document of each and the create view. Everything a staff member reads as the screen's own words
 * (headings, labels, buttons, column heads, options, links of the navigation, placeholders,
 * tooltips and aria-labels) must be Chinese; every date in a table or the sidebar must read
 * `2026-12-02 21:23` (or the day alone). Content (titles, slugs, e-mail addresses) is not judged.
 *
 * Every screen must open and every date must be in the one format. The English words still shown
 * are printed beside admin-chinese.known.json (mostly Payload's own words: its toast region, the
 * sort buttons' aria-labels that print a bilingual label as [object Object], the rich-text
 * toolbar, the upload sizes); they fail nothing yet, since which screens the crawl reaches depends
 * on the data the other tests leave behind.
 */

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()

/** Words that may stay as they are: names of standards, formats and things staff see on their phones. */
const ALLOWED = new Set(
  'ID,URL,API,CSV,JSON,PDF,RSS,TOTP,QR,HIV,AIDS,SMTP,PNG,JPEG,JPG,WebP,SVG,GIF,Word,Excel,OpenDocument,Lexical,Markdown,HTML,Payload,IP,IPv4,IPv6,DNS,GPS,EXIF,SHA,MB,KB,GB,px,Beijing,UTC,GMT,JS,Google,Authenticator,Microsoft,FreeOTP,Aegis,App,app,iOS,Android,WCAG,AA,OK,Tab,Enter,Esc,Shift,Ctrl,Alt,Cmd,GK,JSON-LD,FAQ,ISO,vnu,axe'.split(','),
)

const KNOWN: string[] = JSON.parse(readFileSync(new URL('./admin-chinese.known.json', import.meta.url), 'utf8'))

const ENGLISH_WORD = /[A-Za-z][A-Za-z-]{2,}/g
const OTHER_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|[一二三四五六七八九十]+月\s*\d{1,2}日|\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?|[上下]午)|T\d{2}:\d{2}:\d{2}/

/** The screen's own words: labels and controls, not the documents' content. */
async function screenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = []
    const own = 'h1, h2, h3, h4, label, legend, th, button, [role="button"], option, .nav a, .nav__link, .field-label, .field-description, .banner, .pill, .popup-button, .list-controls, .paginator, .per-page, .step-nav, .doc-controls__label, .render-title__label, .toast, .tooltip'
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(own))) {
      if (el.closest('td, .rich-text, [contenteditable], .field-type.text input, .cell-title')) continue
      const text = (el.innerText || el.textContent || '').trim()
      if (text) texts.push(text)
    }
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[placeholder], [aria-label], [title]'))) {
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const value = el.getAttribute(name)
        if (value && !el.closest('td')) texts.push(value)
      }
    }
    return texts
  })
}

async function datesShown(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('td, .document-fields__sidebar, .doc-controls, .step-nav')).map((el) => el.innerText || ''))
}

function englishIn(text: string): string[] {
  const withoutAddresses = text.replace(/\bhttps?:\/\/\S+|\S+@\S+|\/[\w/.-]+|\b[\w-]+\.(?:pdf|docx?|xlsx?|png|jpe?g|webp|csv|json)\b/gi, ' ')
  // A code's prefix (GK-2026-…) is the word before its hyphen.
  const words = (withoutAddresses.match(ENGLISH_WORD) ?? []).map((word) => word.replace(/-+$/, ''))
  return words.filter((word) => word.length > 2 && !ALLOWED.has(word))
}

async function crawl(role: 'admin' | 'editor' | 'reviewer' | 'handler', deep: boolean) {
  // As the authority's staff use it: a browser asking for Chinese (English stays a choice in 账户).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  await context.addCookies([{ name: 'payload-token', value: await demoToken(baseUrl, role), url: baseUrl }])
  const page = await context.newPage()
  const findings: { path: string; what: string }[] = []
  const look = async (path: string) => {
    const response = await page.goto(`${baseUrl}${path}`)
    if (!response || response.status() >= 400) return findings.push({ path, what: `answered ${response?.status()}` })
    await page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => undefined)
    for (const text of await screenWords(page)) for (const word of englishIn(text)) findings.push({ path, what: `"${word}" in «${text.slice(0, 60)}»` })
    for (const text of await datesShown(page)) {
      const other = text.match(OTHER_DATE)
      if (other) findings.push({ path, what: `date "${other[0]}"` })
    }
  }
  await look('/admin')
  const lists = await page.evaluate(() => [...new Set(Array.from(document.querySelectorAll<HTMLAnchorElement>('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')).map((a) => new URL(a.href).pathname))])
  expect(lists.length).toBeGreaterThan(5)
  for (const list of lists) {
    await look(list)
    if (!deep || !list.startsWith('/admin/collections/')) continue
    const first = await page.locator('tbody tr td a[href*="/admin/collections/"]').first().getAttribute('href').catch(() => null)
    if (first) await look(new URL(first, baseUrl).pathname)
  }
  await context.close()
  return findings
}

describe('the admin speaks Chinese', () => {
  it('as an administrator, who sees every screen: dashboard, every list, a document of each', async () => {
    const findings = await crawl('admin', true)
    const words = findings.filter((f) => f.what.startsWith('"'))
    const found = new Set(words.map((f) => f.what))
    const fresh = [...new Set(words.filter((f) => !KNOWN.includes(f.what)).map((f) => `${f.path}: ${f.what}`))]
    console.log(
      `admin crawl: ${found.size} English words still shown (${found.size - fresh.length} known), ${KNOWN.filter((k) => !found.has(k)).length} of ${KNOWN.length} known not seen` +
        (fresh.length ? `\nnot in the known list (which screens show depends on the data the other tests left):\n${fresh.join('\n')}` : ''),
    )
    // Every screen opens, and every date reads 2026-12-02 21:23. The English words are reported
    // (which screens the crawl reaches depends on the data other tests leave), not yet a failure:
    // most are Payload's own, see admin-chinese.known.json.
    expect(findings.filter((f) => !f.what.startsWith('"'))).toEqual([])
  }, 600_000)
})
