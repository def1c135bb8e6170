import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createThrowawayDatabase, dropDatabase } from '../setup/postgres'
import { assertRedisReachable, deleteRedisKeys, REDIS_URL, redisKeys, redisReachable } from '../setup/redis'
import { startRoundRobinProxy, type RoundRobinProxy } from '../setup/round-robin-proxy'
import { E2E_DIST_DIR, runOrFail, startServer, type RunningServer } from '../setup/server-process'
import { apiLogin, demoAccount } from './staff-login'

// Two `next start` instances of the one e2e build, sharing a PostgreSQL database and Redis,
// behind a round-robin proxy: what staff publish on one instance is what every instance serves.
const BASE_PORT = Number(process.env.E2E_MULTI_PORT || 3312)
const DEADLINE_MS = 2000
const ROUNDS = Number(process.env.FRESHNESS_ROUNDS || 10)

// Locally a missing PostgreSQL or Redis skips this file with a message; with CI=true it fails.
const skipReason =
  process.env.TEST_SKIP_POSTGRES === '1'
    ? 'PostgreSQL is unreachable'
    : process.env.CI !== 'true' && !(await redisReachable())
      ? `Redis is unreachable at ${REDIS_URL}`
      : null
if (skipReason) console.warn(`multi-instance freshness skipped: ${skipReason} (with CI=true it fails instead)`)

const runId = `${process.pid}${Date.now().toString(36)}`
const keyPrefix = `site-cache-test:${runId}:`
const buildCopies = [0, 1].map((n) => `${E2E_DIST_DIR}-instance${n}-${runId}`)
let database: { name: string; uri: string } | undefined
let instances: RunningServer[] = []
let proxy: RoundRobinProxy | undefined
const tokens = { editor: '', reviewer: '' }

type Target = { name: string; url: string }
const targets = (): Target[] => [
  { name: 'instance A', url: instances[0].url },
  { name: 'instance B', url: instances[1].url },
  { name: 'proxy', url: proxy!.url },
]

async function login(role: keyof typeof tokens) {
  const { email, password } = demoAccount(role)
  const response = await apiLogin(instances[0].url, email, password)
  expect(response.status, `login ${email}`).toBe(200)
  return response.token
}

/** A REST call on instance A as the editor or the reviewer. */
async function api(who: keyof typeof tokens, method: string, path: string, body?: unknown) {
  const response = await fetch(`${instances[0].url}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json()
  expect(response.status, `${method} ${path}: ${JSON.stringify(json).slice(0, 500)}`).toBeLessThan(300)
  return json
}

type Check = { path: string; ok: (status: number, text: string) => boolean }
type Result = { target: string; path: string; ms: number }

/** Fetches every path on every target until each passes its check; the time each took, from `since`. */
async function waitUntilFresh(checks: Check[], since: number, deadline = DEADLINE_MS): Promise<Result[]> {
  const poll = async (target: Target, check: Check): Promise<Result> => {
    for (;;) {
      const response = await fetch(`${target.url}${check.path}`)
      const text = await response.text()
      const ms = Date.now() - since
      if (check.ok(response.status, text)) return { target: target.name, path: check.path, ms }
      if (ms > deadline + 3000) return { target: target.name, path: check.path, ms: Infinity }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return Promise.all(targets().flatMap((target) => checks.map((check) => poll(target, check))))
}

function printTable(title: string, results: Result[]) {
  const paths = [...new Set(results.map((r) => r.path))]
  const names = [...new Set(results.map((r) => r.target))]
  const cell = (name: string, path: string) => {
    const ms = results.find((r) => r.target === name && r.path === path)!.ms
    return (Number.isFinite(ms) ? `${ms} ms` : 'never').padStart(10)
  }
  const lines = paths.map((path) => `  ${path.padEnd(34)}${names.map((name) => cell(name, path)).join('')}`)
  console.log([`${title} (time to fresh after the API answered)`, `  ${''.padEnd(34)}${names.map((n) => n.padStart(10)).join('')}`, ...lines].join('\n'))
}

function expectFresh(results: Result[]) {
  const late = results.filter((r) => !(r.ms <= DEADLINE_MS))
  expect(late.map((r) => `${r.target} ${r.path}: ${Number.isFinite(r.ms) ? `${r.ms} ms` : 'never'}`)).toEqual([])
}

/** Requests every path on both instances so each holds a cached copy before the change. */
async function warm(paths: string[]) {
  for (const instance of instances) {
    for (const path of paths) await (await fetch(`${instance.url}${path}`)).text()
  }
}

beforeAll(async () => {
  if (skipReason) return
  await assertRedisReachable()
  database = await createThrowawayDatabase('site_multi')
  const env = {
    ...inject('serverEnv'),
    DATABASE_URI: database.uri,
    REDIS_URL,
    CACHE_KEY_PREFIX: keyPrefix,
    SERVER_URL: `http://127.0.0.1:${BASE_PORT + 2}`,
  }
  // Migrations and demo content (the staff accounts), as `npm run demo` does.
  runOrFail('node', ['scripts/run-ts.mjs', 'src/cli/seed.ts'], env)
  // Each instance gets its own copy of the build, as on separate hosts: pages regenerated on disk
  // must neither leak into the main e2e server (another database, another SERVER_URL) nor let one
  // instance see the other's fresh copy without Redis.
  const buildCache = path.join(E2E_DIST_DIR, 'cache')
  for (const dir of buildCopies) fs.cpSync(E2E_DIST_DIR, dir, { recursive: true, filter: (source) => source !== buildCache })
  // The job runner runs on one instance only.
  instances = await Promise.all([
    startServer(BASE_PORT, { ...env, NEXT_DIST_DIR: buildCopies[0], JOBS_AUTORUN: '1' }),
    startServer(BASE_PORT + 1, { ...env, NEXT_DIST_DIR: buildCopies[1], JOBS_AUTORUN: '0' }),
  ])
  proxy = await startRoundRobinProxy(BASE_PORT + 2, instances.map((instance) => instance.url))
  tokens.editor = await login('editor')
  tokens.reviewer = await login('reviewer')
}, 420_000)

afterAll(async () => {
  await proxy?.close()
  await Promise.all(instances.map((instance) => instance.stop()))
  if (database) await dropDatabase(database.name)
  if (!skipReason) await deleteRedisKeys(keyPrefix)
  for (const dir of buildCopies) fs.rmSync(dir, { recursive: true, force: true })
}, 60_000)

const TITLE = `关于多实例同步更新测试的通知${runId.slice(-4)}`
// A number of its own per run: instances on one machine share the build folder's page cache.
const DOCUMENT_NUMBER = `成卫健发〔2026〕${100 + (Number.parseInt(runId.slice(-4), 36) % 9000)}号`
const LISTS = ['/policies', '/', '/feeds/policies.xml']
let notice: { id: number | string; slug: string }

/** The editor submits the notice's draft and the reviewer publishes it, through the desk's endpoint. */
async function publishThroughDesk() {
  await api('editor', 'POST', `/policy-notices/${notice.id}/actions/submit`, {})
  await api('reviewer', 'POST', `/policy-notices/${notice.id}/actions/publish`, {})
}

describe.skipIf(skipReason)('two instances behind a proxy, sharing PostgreSQL and Redis', () => {
  it('shows a notice the reviewer publishes on instance A on every instance within 2 s', async () => {
    const draft = await api('editor', 'POST', '/policy-notices?draft=true', {
      title: TITLE,
      issuingAuthority: '成都市卫生健康委员会',
      documentNumber: DOCUMENT_NUMBER,
      dateWritten: '2026-11-02',
      topic: 'family-planning',
      _status: 'draft',
    })
    notice = { id: draft.doc.id, slug: draft.doc.slug }
    expect(notice.slug).toBeTruthy()
    const page = `/policies/${notice.slug}`
    await warm([page, ...LISTS, '/sitemap.xml'])
    expect((await fetch(`${instances[1].url}${page}`)).status).toBe(404)

    await publishThroughDesk()
    const since = Date.now()
    const results = await waitUntilFresh(
      [
        { path: page, ok: (status, html) => status === 200 && html.includes(TITLE) },
        ...LISTS.map((path) => ({ path, ok: (_: number, text: string) => text.includes(TITLE) })),
        { path: '/sitemap.xml', ok: (_, xml) => xml.includes(`/policies/${notice.slug}<`) },
      ],
      since,
    )
    printTable('publish', results)
    expectFresh(results)
    // The revalidation went through Redis, under this run's prefix.
    expect(await redisKeys(keyPrefix)).toContain(`${keyPrefix}tags:expired`)
  })

  it('shows a title change on every instance within 2 s', async () => {
    const page = `/policies/${notice.slug}`
    const changed = `${TITLE}（修订）`
    await warm([page, ...LISTS])
    await api('editor', 'PATCH', `/policy-notices/${notice.id}?draft=true`, { title: changed, _status: 'draft' })
    await publishThroughDesk()
    const since = Date.now()
    const results = await waitUntilFresh(
      [page, ...LISTS].map((path) => ({ path, ok: (_: number, text: string) => text.includes(changed) })),
      since,
    )
    printTable('title change', results)
    expectFresh(results)
  })

  it(`publishes ${ROUNDS} changes in a row: time to fresh on both instances`, async () => {
    const page = `/policies/${notice.slug}`
    const times: Record<string, number[]> = { 'instance A': [], 'instance B': [] }
    for (let round = 1; round <= ROUNDS; round++) {
      const title = `${TITLE}（第${round}次修订）`
      await warm([page, '/policies'])
      await api('editor', 'PATCH', `/policy-notices/${notice.id}?draft=true`, { title, _status: 'draft' })
      await publishThroughDesk()
      const since = Date.now()
      const results = await waitUntilFresh(
        [page, '/policies'].map((path) => ({ path, ok: (_: number, text: string) => text.includes(title) })),
        since,
      )
      expectFresh(results)
      for (const name of Object.keys(times)) times[name].push(Math.max(...results.filter((r) => r.target === name).map((r) => r.ms)))
    }
    const stat = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b)
      return `p50 ${sorted[Math.ceil(sorted.length / 2) - 1]} ms, max ${sorted[sorted.length - 1]} ms`
    }
    console.log(
      [`time to fresh over ${ROUNDS} publishes (page and list, each polled every 100 ms):`, ...Object.entries(times).map(([name, values]) => `  ${name}: ${stat(values)}`)].join('\n'),
    )
  }, 180_000)

  it('drops an unpublished notice from every instance within 2 s', async () => {
    const page = `/policies/${notice.slug}`
    await warm([page, ...LISTS, '/sitemap.xml'])
    await api('reviewer', 'POST', `/policy-notices/${notice.id}/actions/unpublish`, { reason: '测试结束，取消发布。' })
    const since = Date.now()
    const results = await waitUntilFresh(
      [
        { path: page, ok: (status) => status === 410 },
        ...LISTS.map((path) => ({ path, ok: (_: number, text: string) => !text.includes(TITLE) })),
        { path: '/sitemap.xml', ok: (_, xml) => !xml.includes(`/policies/${notice.slug}<`) },
      ],
      since,
    )
    printTable('unpublish', results)
    expectFresh(results)
  })
})

describe.skipIf(skipReason)('an instance whose Redis is unreachable', () => {
  let lonely: RunningServer | undefined
  afterAll(async () => lonely?.stop())

  it('keeps serving pages, refreshes its own after a publish, and says so once in its log', async () => {
    const deadPort = BASE_PORT + 7 // nothing listens there
    lonely = await startServer(BASE_PORT + 3, {
      ...inject('serverEnv'),
      DATABASE_URI: database!.uri,
      REDIS_URL: `redis://127.0.0.1:${deadPort}`,
      CACHE_KEY_PREFIX: keyPrefix,
      JOBS_AUTORUN: '0',
    })
    const page = `/policies/${notice.slug}`
    for (const path of ['/', '/policies', '/feeds/policies.xml', '/sitemap.xml', '/policies/' + 'no-such-notice']) {
      const response = await fetch(`${lonely.url}${path}`)
      expect(response.status, path).toBe(path.endsWith('no-such-notice') ? 404 : 200)
    }
    // Publishing through this instance refreshes its own pages as with one instance.
    const onLonely = (who: keyof typeof tokens, path: string, body: unknown, method = 'POST') =>
      fetch(`${lonely!.url}/api${path}`, { method, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}` }, body: JSON.stringify(body) })
    expect((await onLonely('editor', `/policy-notices/${notice.id}?draft=true`, { title: `${TITLE}（单实例）`, _status: 'draft' }, 'PATCH')).status).toBe(200)
    expect((await onLonely('editor', `/policy-notices/${notice.id}/actions/submit`, {})).status).toBe(200)
    const republished = await onLonely('reviewer', `/policy-notices/${notice.id}/actions/publish`, {})
    expect(republished.status).toBe(200)
    const since = Date.now()
    for (;;) {
      const response = await fetch(`${lonely.url}${page}`)
      if (response.status === 200 && (await response.text()).includes(TITLE)) break
      expect(Date.now() - since, `${page} on the instance without Redis`).toBeLessThan(DEADLINE_MS)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const warnings = lonely.output().match(/\[cache\] Redis at \S+ is unreachable/g) ?? []
    expect(warnings).toHaveLength(1)
  }, 150_000)
})
