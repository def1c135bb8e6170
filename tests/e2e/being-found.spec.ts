import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumForThisFile } from './browser'

const baseUrl = inject('baseUrl')
const browser = chromiumForThisFile()
let page: Page

beforeAll(async () => {
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
})

type Head = { canonical: string | null; ogTitle: string | null; ogUrl: string | null; twitterCard: string | null; jsonLd: { '@type': string }[]; meta: Record<string, string>; feeds: string[] }

async function headOf(path: string, cookie?: string): Promise<Head> {
  const context = page.context()
  await context.clearCookies()
  if (cookie) await context.addCookies([{ name: cookie.split('=')[0], value: cookie.split('=')[1], url: baseUrl }])
  const response = await page.goto(`${baseUrl}${path}`)
  expect(response?.status(), path).toBe(200)
  return page.evaluate(() => {
    const attr = (selector: string, name: string) => document.head.querySelector(selector)?.getAttribute(name) ?? null
    const meta: Record<string, string> = {}
    for (const tag of document.head.querySelectorAll('meta[name]')) meta[tag.getAttribute('name') ?? ''] = tag.getAttribute('content') ?? ''
    return {
      canonical: attr('link[rel="canonical"]', 'href'),
      ogTitle: attr('meta[property="og:title"]', 'content'),
      ogUrl: attr('meta[property="og:url"]', 'content'),
      twitterCard: attr('meta[name="twitter:card"]', 'content'),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '')),
      meta,
      feeds: [...document.head.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) => l.getAttribute('href') ?? ''),
    }
  })
}

const PAGES: { path: string; type?: string; feed?: string; article?: boolean }[] = [
  { path: '/', type: 'GovernmentOrganization' },
  { path: '/policies', feed: '/feeds/policies.xml' },
  { path: '/outreach', feed: '/feeds/outreach.xml' },
  { path: '/events', feed: '/feeds/events.xml' },
  { path: '/health', feed: '/feeds/health.xml' },
  { path: '/stations' },
  { path: '/feedback', feed: '/feeds/replies.xml' },
  { path: '/feedback/replies', feed: '/feeds/replies.xml' },
  { path: '/open-data' },
  { path: '/policies/chengbanfa-2004-5', type: 'Legislation', article: true },
  { path: '/outreach/men-share-responsibility', type: 'Article', article: true },
  { path: '/events/newlyweds-healthy-births-talk', type: 'Event' },
  { path: '/health/contraception-methods', type: 'FAQPage', article: true },
  { path: '/stations/jinjiang-001', type: 'MedicalClinic', article: true },
]

describe('being found: canonical URLs, social cards, structured data and monitoring tags', () => {
  for (const expected of PAGES) {
    it(`${expected.path} states its canonical URL, Open Graph and Twitter card${expected.type ? ` and ${expected.type} data` : ''}`, async () => {
      const head = await headOf(expected.path)
      // Compared as URLs: Next writes the home page's canonical without the trailing slash.
      const url = new URL(`${baseUrl}${expected.path}`).href
      expect(new URL(head.canonical ?? '').href).toBe(url)
      expect(new URL(head.ogUrl ?? '').href).toBe(url)
      expect(head.ogTitle).toBeTruthy()
      expect(head.twitterCard).toBe('summary')
      expect(head.meta.SiteName).toBe('成都市计划生育与生殖健康服务网')
      expect(head.meta.SiteIDCode).toBe('5101000000')
      expect(head.meta.SiteDomain).toBe(new URL(baseUrl).host)
      if (expected.type) expect(head.jsonLd.map((data) => data['@type'])).toContain(expected.type)
      for (const data of head.jsonLd) expect(data).toHaveProperty('@context', 'https://schema.org')
      if (expected.feed) expect(head.feeds).toContain(`${baseUrl}${expected.feed}`)
      if (expected.article) {
        expect(head.meta.ArticleTitle).toBeTruthy()
        expect(head.meta.ColumnName).toBeTruthy()
        expect(head.meta.ColumnType).toBeTruthy()
        expect(head.meta.PubDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
      }
    })
  }

  it('gives a notice its document number as legislationIdentifier and the Chengdu jurisdiction', async () => {
    const head = await headOf('/policies/chengbanfa-2004-5')
    const data = head.jsonLd.find((d) => d['@type'] === 'Legislation') as Record<string, unknown>
    expect(data.legislationIdentifier).toMatch(/〔2004〕5号$/)
    expect(data.legislationJurisdiction).toBe('成都市')
    expect(data.inLanguage).toBe('zh-CN')
    expect(head.meta.ContentSource).toBeTruthy()
    expect(head.meta.ColumnName).toBe('政策文件')
  })

  it('gives an event its times with the +08:00 offset', async () => {
    const head = await headOf('/events/newlyweds-healthy-births-talk')
    const data = head.jsonLd.find((d) => d['@type'] === 'Event') as Record<string, unknown>
    expect(data.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)
    expect(data.location).toMatchObject({ '@type': 'Place' })
  })

  it('points the Traditional rendering at the Simplified URL, with Traditional text', async () => {
    const head = await headOf('/health/contraception-methods', 'zh-script=hant')
    expect(head.canonical).toBe(`${baseUrl}/health/contraception-methods`)
    expect(head.meta.ColumnName).toBe('健康與防艾')
  })
})

describe('feeds and robots', () => {
  const FEEDS = [
    { path: '/feeds/policies.xml', entries: true },
    { path: '/feeds/outreach.xml', entries: true },
    { path: '/feeds/events.xml', entries: true },
    { path: '/feeds/health.xml', entries: true },
    // The demo content publishes no replies; the feed must still be a valid, empty feed.
    { path: '/feeds/replies.xml', entries: false },
  ]
  for (const feed of FEEDS) {
    it(`${feed.path} is well-formed Atom served as application/atom+xml`, async () => {
      const response = await fetch(`${baseUrl}${feed.path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
      const xml = await response.text()
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        return {
          error: doc.getElementsByTagName('parsererror').length > 0,
          root: doc.documentElement.namespaceURI,
          self: doc.querySelector('link[rel="self"]')?.getAttribute('href'),
          entries: [...doc.getElementsByTagName('entry')].map((e) => e.getElementsByTagName('link')[0]?.getAttribute('href') ?? ''),
        }
      }, xml)
      expect(parsed.error).toBe(false)
      expect(parsed.root).toBe('http://www.w3.org/2005/Atom')
      expect(parsed.self).toBe(`${baseUrl}${feed.path}`)
      if (feed.entries) {
        expect(parsed.entries.length).toBeGreaterThan(0)
        for (const href of parsed.entries) expect(href.startsWith(baseUrl)).toBe(true)
      }
    })
  }

  it('the replies feed carries nothing that looks like a phone number, email or ID-card number', async () => {
    const xml = await (await fetch(`${baseUrl}/feeds/replies.xml`)).text()
    expect(xml).not.toMatch(/1[3-9]\d{9}|[\w.+-]+@[\w-]+\.[\w.]+|\d{17}[\dXx]/)
  })

  it('robots.txt points to the sitemap, which lists the pages the feeds link to', async () => {
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${baseUrl}/sitemap.xml`)
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    expect(sitemap).toContain(`<loc>${baseUrl}/policies/chengbanfa-2004-5</loc>`)
    expect(sitemap).toContain(`<loc>${baseUrl}/stations/jinjiang-001</loc>`)
    expect(sitemap).toContain(`<loc>${baseUrl}/feedback/replies</loc>`)
    expect(sitemap).toContain(`<loc>${baseUrl}/health/contraception-methods</loc>`)
  })
})
