// Load and speed, side by side (`npm run bench:load`): demo content on a throw-away SQLite file,
// `next build` into .next-bench, `next start`, then wrk against
//   (a) bare `next start`,
//   (b) nginx with the micro-cache of deploy/nginx/site.conf in front of it,
//   (c) nginx serving the same pages' saved HTML as plain files,
// for the home page, a policy notice, the station list and a search, all in one run; the ratios of
// (a) and (b) to (c) are the figures. Then the bytes each page type transfers (Chromium), the
// build's static and dynamic routes, and Lighthouse performance and accessibility scores per page
// type. Prints tables and writes test-results/bench-load.md. Stops everything it started.
//
//   npm run bench:load [-- --duration=20 --connections=50 --warm-up=5 --reuse-build --no-lighthouse --no-type-check]
//
// Needs Debian's nginx-light, wrk and chromium (installed with apt-get when missing and run as
// root). Timings never fail the run; it exits non-zero only when something is broken.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cliOptions, createThrowawayDatabase, fixed, runChild, stopServer, table, withProductionCondition } from './harness.mjs'
import { lighthouseAvailable, lighthouseScores, LIGHTHOUSE } from './load-lighthouse.mjs'
import { NGINX, startNginx, writeBenchNginxConf } from './load-nginx.mjs'
import { measurePageWeights } from './load-page-weight.mjs'
import { parseRouteTable } from './load-routes.mjs'
import { runWrk } from './load-wrk.mjs'

const { option, number } = cliOptions()
const DURATION = number('duration', 20)
const CONNECTIONS = number('connections', 50)
const REUSE_BUILD = option('reuse-build', false) === true
const LIGHTHOUSE_ON = option('no-lighthouse', false) !== true
const NO_TYPE_CHECK = option('no-type-check', false) === true
const WARM_UP = number('warm-up', 5)
const NEXT_PORT = 3500
const PROXY_PORT = 8080
const STATIC_PORT = 8081
const DIST_DIR = '.next-bench'
const SEARCH_QUERY = '生育登记'
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const say = (message) => console.log(`[bench:load] ${message}`)

// Issue 25's figures for the landed code before it: bare `next start` at 20 connections on the demo,
// and through nginx (p99 about 300 ms, 0.66–0.91 of nginx-static).
const TODAY = {
  home: { bare: 37 },
  'policy notice': { bare: 35 },
  'station list': { bare: 19 },
  search: {},
}

/** today / goal / now for one page: bare req/s (≥ 3× today), nginx p99 (≤ 20 ms at 50 connections), nginx ÷ static (≥ 0.8). */
function goalRowsFor(name, results) {
  const [bare, proxied, files] = results.map(([, r]) => r)
  const today = TODAY[name] ?? {}
  return [
    ...(today.bare ? [[`${name}: bare next start, req/s`, fixed(today.bare), `≥ ${fixed(today.bare * 3)}`, fixed(bare.perSecond)]] : []),
    [`${name}: nginx p99 ms`, '≈ 300', '≤ 20 (at 50)', fixed(proxied.p99, 1)],
    [`${name}: nginx ÷ nginx-static, req/s`, '0.66–0.91', '≥ 0.80', fixed(proxied.perSecond / files.perSecond, 2)],
  ]
}

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'load-bench-'))
const running = []
let cleaning

/** Stops what this run started, newest first, and removes its folder; every caller waits for it. */
function cleanup() {
  cleaning ??= (async () => {
    for (const child of [...running].reverse()) await stopServer({ child })
    fs.rmSync(temp, { recursive: true, force: true })
  })()
  return cleaning
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await cleanup()
    process.exit(130)
  })
}

/** Debian's nginx-light, wrk and chromium, installed when missing and this runs as root. */
function ensureDebianPackages() {
  const missing = [
    [NGINX, 'nginx-light'],
    ['/usr/bin/wrk', 'wrk'],
    [CHROMIUM, 'chromium'],
  ].filter(([file]) => !fs.existsSync(file)).map(([, name]) => name)
  if (missing.length === 0) return
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages: ${missing.join(', ')}. Run: sudo ${command}`)
  say(`installing ${missing.join(', ')} with apt-get…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
    const result = spawnSync('apt-get', args, { env, stdio: 'inherit' })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed. Run: ${command}`)
  }
}

async function waitForOk(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(10_000) })).ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`)
}

/** The first link on a list page to one item of that section, e.g. /policies/<slug>. */
async function firstItemPath(base, listPath) {
  const html = await (await fetch(`${base}${listPath}`)).text()
  const escaped = listPath.replace(/[/.]/g, '\\$&')
  const match = new RegExp(`href="(${escaped}/[^"?#/.]+)"`).exec(html)
  if (!match) throw new Error(`no item link found on ${listPath}`)
  return match[1]
}

async function buildSite(env) {
  const logFile = path.join(DIST_DIR, 'load-bench-build.log')
  if (REUSE_BUILD && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID')) && fs.existsSync(logFile)) {
    say(`--reuse-build: using the build in ${DIST_DIR}`)
    return fs.readFileSync(logFile, 'utf8')
  }
  say(`next build into ${DIST_DIR} (about a minute on a quiet machine)…`)
  const started = performance.now()
  // --no-type-check: Next's two-step build (compile, then prerender), which leaves out the type
  // check, for when someone else's unfinished work does not type-check yet.
  const steps = NO_TYPE_CHECK ? [['--experimental-build-mode=compile'], ['--experimental-build-mode=generate']] : [[]]
  let stdout = ''
  for (const step of steps) {
    const build = await runChild(process.execPath, ['node_modules/next/dist/bin/next', 'build', ...step], env, { onSpawn: (child) => running.push(child) })
    if (build.code !== 0) throw new Error(`next build ${step.join(' ')} failed (exit ${build.code}):\n${build.tail.join('\n')}`)
    stdout += build.stdout
  }
  fs.writeFileSync(logFile, stdout)
  say(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  return stdout
}

async function startNext(env) {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(NEXT_PORT), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', 'ignore'],
    detached: true,
  })
  running.push(child)
  await waitForOk(`http://127.0.0.1:${NEXT_PORT}/`)
}

/** Response headers that show what a shared cache may do with each page, and that it does so. */
async function cacheCheck(pages, proxyBase) {
  const rows = []
  for (const [name, pagePath] of Object.entries(pages)) {
    const statuses = []
    let cacheControl = ''
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${proxyBase}${pagePath}`)
      await response.arrayBuffer()
      cacheControl = response.headers.get('cache-control') ?? '(none)'
      statuses.push(response.headers.get('x-cache-status') || '-')
    }
    rows.push([name, pagePath, cacheControl, statuses.join(' ')])
  }
  return rows
}

function markdownTable(headers, rows) {
  return [`| ${headers.join(' | ')} |`, `|${headers.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

async function main() {
  ensureDebianPackages()
  const database = await createThrowawayDatabase('sqlite', 'load_bench', temp)
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: withProductionCondition(process.env.NODE_OPTIONS),
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: 'load-bench-secret-not-for-production',
    SERVER_URL: `http://127.0.0.1:${PROXY_PORT}`,
    OUTBOX_DIR: path.join(temp, 'outbox'),
    UPLOADS_DIR: path.join(temp, 'uploads'),
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    JOBS_AUTORUN: '0',
    TRUST_PROXY_HEADER: 'x-forwarded-for',
    TRUSTED_PROXIES: 'loopback',
    // nginx (b) fills in each page's CSP nonce; requests straight to Next (a) get their own.
    CSP_NONCE_FROM_PROXY: '1',
    // Made at deploy time, given to the site and to the nginx renderer alike.
    CSP_NONCE_PLACEHOLDER: crypto.randomBytes(24).toString('hex'),
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  }
  delete env.PAYLOAD_DB_PUSH

  say(`seeding demo content into ${database.uri}…`)
  const seed = await runChild(process.execPath, ['scripts/run-ts.mjs', 'src/cli/seed.ts'], env, { onSpawn: (child) => running.push(child) })
  if (seed.code !== 0) throw new Error(`seeding failed (exit ${seed.code}):\n${seed.tail.join('\n')}`)
  const routes = parseRouteTable(await buildSite(env))
  await startNext(env)
  const nextBase = `http://127.0.0.1:${NEXT_PORT}`
  const proxyBase = `http://127.0.0.1:${PROXY_PORT}`
  const staticBase = `http://127.0.0.1:${STATIC_PORT}`

  const pageTypes = {
    home: '/',
    'policy list': '/policies',
    'policy notice': await firstItemPath(nextBase, '/policies'),
    'outreach article': await firstItemPath(nextBase, '/outreach'),
    event: await firstItemPath(nextBase, '/events'),
    'health topic': await firstItemPath(nextBase, '/health'),
    'station list': '/stations',
    'station page': await firstItemPath(nextBase, '/stations'),
    search: `/search?q=${encodeURIComponent(SEARCH_QUERY)}`,
    'feedback form': '/feedback/new',
    'tracking page': '/feedback/track',
  }
  const loadPages = ['home', 'policy notice', 'station list', 'search']

  // (c): each page fetched once from `next start` and saved as a file.
  const docroot = path.join(temp, 'docroot')
  fs.mkdirSync(docroot)
  const staticPages = []
  for (const name of loadPages) {
    const file = `${name.replace(/\s+/g, '-')}.html`
    const response = await fetch(`${nextBase}${pageTypes[name]}`)
    if (!response.ok) throw new Error(`${pageTypes[name]} answered ${response.status}`)
    fs.writeFileSync(path.join(docroot, file), Buffer.from(await response.arrayBuffer()))
    staticPages.push({ path: pageTypes[name].split('?')[0], file })
  }
  const confFile = writeBenchNginxConf(temp, { upstreams: [`127.0.0.1:${NEXT_PORT}`], proxyPort: PROXY_PORT, staticPort: STATIC_PORT, docroot, staticPages, placeholder: env.CSP_NONCE_PLACEHOLDER })
  await startNginx(temp, confFile, `${staticBase}/`, (child) => running.push(child))
  say(`next start on ${NEXT_PORT}, nginx micro-cache on ${PROXY_PORT}, nginx static files on ${STATIC_PORT}`)

  const cacheRows = await cacheCheck(pageTypes, proxyBase)
  const setups = [
    ['(a) next start', nextBase],
    ['(b) nginx micro-cache', proxyBase],
    ['(c) nginx static file', staticBase],
  ]
  const loadRows = []
  const goalRows = []
  let broken = false
  for (const name of loadPages) {
    const pagePath = pageTypes[name]
    const results = []
    for (const [setup, base] of setups) {
      for (let i = 0; i < 20; i++) await (await fetch(`${base}${pagePath}`)).arrayBuffer()
      // Node's JIT and the caches warm up under load first (untimed), so the figure is the steady state.
      await runWrk(`${base}${pagePath}`, { connections: CONNECTIONS, seconds: WARM_UP })
      say(`wrk -c ${CONNECTIONS} -d ${DURATION}s ${setup} ${pagePath}`)
      const result = await runWrk(`${base}${pagePath}`, { connections: CONNECTIONS, seconds: DURATION })
      if (result.errors > 0) {
        broken = broken || result.errorDetail.status > 0
        say(`  errors: ${JSON.stringify(result.errorDetail)}`)
      }
      results.push([setup, result])
    }
    const yardstick = results[2][1]
    for (const [setup, r] of results) {
      loadRows.push([name, setup, fixed(r.perSecond), fixed(r.p50, 1), fixed(r.p95, 1), fixed(r.p99, 1), String(r.errors), fixed(r.perSecond / yardstick.perSecond, 2), fixed(r.p50 / yardstick.p50, 1)])
    }
    goalRows.push(...goalRowsFor(name, results))
  }

  say('page weight in Chromium through nginx (b)…')
  const weights = await measurePageWeights(Object.fromEntries(Object.entries(pageTypes).map(([name, p]) => [name, `${proxyBase}${p}`])))
  const kB = (bytes) => (bytes / 1024).toFixed(1)
  const weightRows = Object.entries(weights).map(([name, w]) => [name, pageTypes[name], kB(w.totalBytes), kB(w.scriptBytes), String(w.requests)])

  let lighthouseRows = []
  let lighthouseNote = ''
  if (LIGHTHOUSE_ON) {
    say(`Lighthouse (${LIGHTHOUSE} via npx) through nginx (b)…`)
    lighthouseNote = (await lighthouseAvailable()) ?? ''
    if (!lighthouseNote) {
      for (const [name, pagePath] of Object.entries(pageTypes)) {
        const scores = await lighthouseScores(`${proxyBase}${pagePath}`, temp, name)
        lighthouseRows.push([name, pagePath, scores.error ? '—' : fixed(scores.performance), scores.error ? '—' : fixed(scores.accessibility), scores.error ?? scores.runtimeError ?? ''])
      }
    }
  } else lighthouseNote = 'skipped (--no-lighthouse)'

  const heading = `Load bench, ${new Date().toISOString()}, Node ${process.versions.node}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} at the end`
  const sections = [
    [`Throughput: wrk -t 2 -c ${CONNECTIONS} -d ${DURATION}s, Accept-Encoding: gzip; ratios to (c) nginx serving the saved page`, ['page', 'set-up', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'req/s ÷ (c)', 'p50 ÷ (c)'], loadRows],
    [`Goals of issue 25 at ${CONNECTIONS} connections, demo content on SQLite (today: the issue's figures, before this work)`, ['figure', 'today', 'goal', 'now'], goalRows],
    ['Cache headers through nginx (b): Cache-Control from the site, X-Cache-Status of three requests in a row', ['page', 'path', 'Cache-Control', 'X-Cache-Status'], cacheRows],
    ['Page weight: Chromium, 360 px phone, JavaScript on, transferred bytes (encodedDataLength) through nginx (b)', ['page', 'path', 'total kB', 'JavaScript kB', 'requests'], weightRows],
    [`Lighthouse ${LIGHTHOUSE.split('@')[1]} (default mobile profile, simulated throttling) through nginx (b)${lighthouseNote ? `: ${lighthouseNote}` : ''}`, ['page', 'path', 'performance', 'accessibility', 'note'], lighthouseRows],
    ['Routes in the build (`next build` route table)', ['route', 'kind', 'revalidate', 'expire'], routes.map((r) => [r.route, r.kind, r.revalidate, r.expire])],
  ]
  console.log(`\n${heading}`)
  for (const [title, headers, rows] of sections) console.log(`\n${title}\n${rows.length ? table(headers, rows) : '(none)'}`)
  fs.mkdirSync('test-results', { recursive: true })
  const markdown = [`# ${heading}`, ...sections.map(([title, headers, rows]) => `## ${title}\n\n${rows.length ? markdownTable(headers, rows) : '(none)'}`)].join('\n\n')
  fs.writeFileSync('test-results/bench-load.md', `${markdown}\n`)
  say('written to test-results/bench-load.md')
  if (broken) console.error('[bench:load] BROKEN: some responses under load were not 2xx/3xx (see the errors column)')
  return broken ? 1 : 0
}

let exitCode = 1
try {
  exitCode = await main()
} catch (error) {
  console.error(`[bench:load] ${error.stack ?? error}`)
} finally {
  await cleanup()
}
process.exit(exitCode)
