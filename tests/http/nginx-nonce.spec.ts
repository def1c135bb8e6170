import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startNginx, writeBenchNginxConf } from '../bench/load-nginx.mjs'
import { chromiumForThisFile, nonceOf, runnableScriptTags, scriptsOf } from '../e2e/browser'

// The production set-up of the README: deploy/nginx/site.conf in front of the site (which runs with
// CSP_NONCE_FROM_PROXY=1), with its one-second micro-cache.
const baseUrl = inject('baseUrl')
const NGINX_PORT = Number(new URL(baseUrl).port) + 91
const nginxUrl = `http://127.0.0.1:${NGINX_PORT}`
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'site-nginx-'))
let nginx: ChildProcess | undefined
const browser = chromiumForThisFile()

beforeAll(async () => {
  const docroot = path.join(folder, 'static')
  fs.mkdirSync(docroot)
  const conf = writeBenchNginxConf(folder, { upstreams: [new URL(baseUrl).host], proxyPort: NGINX_PORT, staticPort: NGINX_PORT + 1, docroot, staticPages: [], placeholder: inject('serverEnv').CSP_NONCE_PLACEHOLDER })
  await startNginx(folder, conf, `${nginxUrl}/robots.txt`, (child: ChildProcess) => (nginx = child))
})

afterAll(async () => {
  if (nginx?.pid) process.kill(-nginx.pid, 'SIGTERM')
  fs.rmSync(folder, { recursive: true, force: true })
})

describe('CSP nonces behind the nginx micro-cache', () => {
  it('gives every answer its own nonce, in the policy and on every script, also when the page comes from the cache', async () => {
    const answers: { cache: string | null; nonce: string }[] = []
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${nginxUrl}/policies`)
      expect(response.status).toBe(200)
      const nonce = nonceOf(response.headers.get('content-security-policy') ?? '')!
      expect(nonce).toMatch(/^[0-9a-f]{32}$/)
      const html = await response.text()
      expect(html).not.toContain('cdjswCspNoncePlaceholder')
      const scripts = runnableScriptTags(html)
      expect(scripts.length).toBeGreaterThan(0)
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
      answers.push({ cache: response.headers.get('x-cache-status'), nonce })
    }
    expect(answers.map((answer) => answer.cache)).toContain('HIT')
    expect(new Set(answers.map((answer) => answer.nonce)).size).toBe(answers.length)
  })

  it('runs the scripts of a page served from the cache, with nothing refused', async () => {
    for (const path of ['/', '/stations']) {
      await fetch(`${nginxUrl}${path}`).then((response) => response.arrayBuffer())
      const { ran, refused } = await scriptsOf(browser, `${nginxUrl}${path}`)
      expect(ran).toBe(true)
      expect(refused).toEqual([])
    }
  })

  it('never turns a placeholder carried in by content into a nonce, and never shows the secret one', async () => {
    const secret = inject('serverEnv').CSP_NONCE_PLACEHOLDER
    // The old public placeholder typed into the search box: it stays text, and no script gets it.
    const injected = '<script nonce="cdjswCspNoncePlaceholder">alert(1)</script>cdjswCspNoncePlaceholder'
    const response = await fetch(`${nginxUrl}/search?q=${encodeURIComponent(injected)}`)
    const nonce = nonceOf(response.headers.get('content-security-policy') ?? '')!
    const html = await response.text()
    expect(html).toContain('cdjswCspNoncePlaceholder')
    expect(nonce).not.toBe('cdjswCspNoncePlaceholder')
    for (const tag of runnableScriptTags(html)) expect(tag).not.toContain('alert(1)')
    // Pages nginx does not rewrite (the forms) and RSC answers of client navigations hold no secret.
    for (const [path, headers] of [['/feedback/new', {}], ['/feedback/track', {}], ['/policies', { RSC: '1' }], ['/', { RSC: '1' }]] as const) {
      const answer = await fetch(`${nginxUrl}${path}`, { headers })
      expect({ path, status: answer.status, secret: (await answer.text()).includes(secret) }).toEqual({ path, status: 200, secret: false })
      expect(answer.headers.get('content-security-policy') ?? '').not.toContain(secret)
    }
  })
})

describe('what nginx refuses itself', () => {
  it('answers a too-long address (414) and an oversized header (400) in Chinese, and never serves those pages directly', async () => {
    const longAddress = await fetch(`${nginxUrl}/search?q=${'避孕'.repeat(4000)}`)
    expect(longAddress.status).toBe(414)
    expect(longAddress.headers.get('content-type')).toContain('charset=utf-8')
    expect(await longAddress.text()).toContain('网址过长')
    const bigCookie = await fetch(`${nginxUrl}/`, { headers: { cookie: `x=${'b'.repeat(20_000)}` } })
    expect(bigCookie.status).toBe(400)
    expect(await bigCookie.text()).toContain('请清除本站的 Cookie')
    expect((await fetch(`${nginxUrl}/.cdjsw-refusals/address-too-long`)).status).toBe(404)
  })
})
