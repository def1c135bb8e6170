import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'

const baseUrl = inject('baseUrl')
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'))
const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0

/** One page of each kind the site serves, including the two 404s. */
const PAGES: { name: string; path: string; status?: number }[] = [
  { name: 'home', path: '/' },
  { name: 'policies', path: '/policies' },
  { name: 'policy', path: '/policies/chengbanfa-2004-5' },
  { name: 'outreach', path: '/outreach' },
  { name: 'outreach-article', path: '/outreach/men-share-responsibility' },
  { name: 'events', path: '/events' },
  { name: 'event', path: '/events/newlyweds-healthy-births-talk' },
  { name: 'health', path: '/health' },
  { name: 'health-topic', path: '/health/contraception-methods' },
  { name: 'guides', path: '/guides' },
  { name: 'guide', path: '/guides/shengyu-dengji' },
  { name: 'stations', path: '/stations' },
  { name: 'station', path: '/stations/jinjiang-001' },
  { name: 'floating-population', path: '/floating-population' },
  { name: 'feedback', path: '/feedback' },
  { name: 'feedback-form', path: '/feedback/new' },
  { name: 'feedback-track', path: '/feedback/track' },
  { name: 'replies', path: '/feedback/replies' },
  { name: 'open-data', path: '/open-data' },
  { name: 'open-government', path: '/open-government' },
  { name: 'disclosure-guide', path: '/open-government/guide' },
  { name: 'annual-report', path: '/open-government/annual-reports/2025' },
  { name: 'site-map', path: '/site-map' },
  { name: 'accessibility', path: '/accessibility' },
  { name: 'site-errors', path: '/site-errors?page=%2Fpolicies' },
  { name: 'search', path: `/search?q=${encodeURIComponent('避孕')}` },
  { name: 'not-found', path: '/policies/no-such-notice', status: 404 },
  { name: 'global-not-found', path: '/no-such-page/at-all.html', status: 404 },
]

type VnuMessage = { type: 'error' | 'info' | 'non-document-error'; subType?: string; url?: string; message: string; extract?: string; lastLine?: number }

/**
 * React serialises void elements as <br/>; the checker reports each one as information. Valid
 * HTML, and written by React, so it is not printed (it would drown the warnings that matter).
 */
const REACT_VOID_SLASH = 'Trailing slash on void elements has no effect and interacts badly with unquoted attribute values.'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-pages-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

describe('HTML validity (Nu HTML Checker)', () => {
  if (!hasJava) {
    if (process.env.CI === 'true') {
      it('needs Java to run the Nu HTML Checker', () => {
        throw new Error('`java` was not found on PATH: the Nu HTML Checker (vnu-jar) needs Java 17 or later. Install a JRE on the CI image.')
      })
    } else {
      it.skip('skipped: `java` is not on PATH, so the Nu HTML Checker (vnu-jar) cannot run here', () => {})
    }
    return
  }

  it('every kind of page passes without errors', async () => {
    const files: Record<string, string> = {}
    for (const page of PAGES) {
      const response = await fetch(`${baseUrl}${page.path}`)
      expect(response.status, page.path).toBe(page.status ?? 200)
      const file = path.join(folder, `${page.name}.html`)
      fs.writeFileSync(file, await response.text())
      files[`file:${file}`] = page.path
    }
    const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...Object.keys(files).map((f) => f.slice(5))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] }
    const pageOf = (m: VnuMessage) => files[m.url ?? ''] ?? m.url
    const describeMessage = (m: VnuMessage) => `${pageOf(m)}:${m.lastLine ?? '?'} ${m.message}${m.extract ? ` — ${m.extract.replace(/\s+/g, ' ')}` : ''}`
    const warnings = messages.filter((m) => m.type === 'info' && m.message !== REACT_VOID_SLASH)
    if (warnings.length > 0) console.log(`Nu HTML Checker warnings:\n${warnings.map(describeMessage).join('\n')}`)
    const errors = messages.filter((m) => m.type !== 'info')
    expect(errors.map(describeMessage)).toEqual([])
  }, 120_000)
})
