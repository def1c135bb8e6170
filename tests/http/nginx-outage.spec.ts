import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startNginx, writeBenchNginxConf } from '../bench/load-nginx.mjs'

// deploy/nginx/site.conf during a database outage. The upstream stands in for the site and answers
// as it does (src/platform/database/database-health.ts): pages with its Cache-Control while the database is up,
// the 503 page while it is down.
let databaseUp = true
const upstream = http.createServer((request, response) => {
  if (!databaseUp) {
    response.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '5' })
    return response.end('<h1>系统暂时无法访问</h1>')
  }
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=1, stale-while-revalidate=1' })
  response.end(`<h1>${request.url}</h1>`)
})
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'site-nginx-outage-'))
// Loopback ports of their own, next to the e2e server's (tests/http/nginx-nonce.spec.ts uses +91, +92).
const NGINX_PORT = Number(new URL(inject('baseUrl')).port) + 93
const nginxUrl = `http://127.0.0.1:${NGINX_PORT}`
let nginx: ChildProcess | undefined

beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  const upstreamPort = (upstream.address() as AddressInfo).port
  fs.mkdirSync(path.join(folder, 'static'))
  const conf = writeBenchNginxConf(folder, { upstreams: [`127.0.0.1:${upstreamPort}`], proxyPort: NGINX_PORT, staticPort: NGINX_PORT + 1, docroot: path.join(folder, 'static'), staticPages: [], placeholder: inject('serverEnv').CSP_NONCE_PLACEHOLDER })
  await startNginx(folder, conf, `${nginxUrl}/robots.txt`, (child: ChildProcess) => (nginx = child))
})

afterAll(() => {
  if (nginx?.pid) process.kill(-nginx.pid, 'SIGTERM')
  upstream.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

const get = async (pathname: string, init?: RequestInit) => {
  const response = await fetch(`${nginxUrl}${pathname}`, init)
  return { status: response.status, cache: response.headers.get('x-cache-status'), body: await response.text() }
}

describe('nginx while the database is down', () => {
  it('keeps serving the copy of a page it made just before, and the 503 page for anything else', async () => {
    databaseUp = true
    expect((await get('/policies')).status).toBe(200)
    databaseUp = false
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(await get('/policies')).toMatchObject({ status: 200, cache: 'STALE', body: '<h1>/policies</h1>' })
    expect(await get('/stations')).toMatchObject({ status: 503, body: expect.stringContaining('系统暂时无法访问') })
    expect((await get('/feedback/new', { method: 'POST', body: 'x' })).status).toBe(503)
    databaseUp = true
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect((await get('/stations')).status).toBe(200)
  })
})
