// Submissions per second and latency of the message form at 20 concurrent clients, on SQLite and
// PostgreSQL, then a check that every acknowledged tracking code exists. Needs a production build
// in .next (`npm run build`); run `npm run bench:feedback [-- --seconds=20 --db=sqlite|postgres|both]`.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const SECONDS = Number(arg('seconds', 15))
const CONCURRENCY = 20
const PORT = 3400
const DBS = arg('db', 'both') === 'both' ? ['sqlite', 'postgres'] : [arg('db')]
const MESSAGE = { kind: 'consultation', subject: '流动人口生育登记咨询', message: '请问外地户籍在成都居住，可以在居住地办理生育登记吗？需要哪些材料？', replyBy: 'none', publishConsent: 'yes' }

if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('No production build in .next: run `npm run build` first.')
  process.exit(1)
}

async function database(kind) {
  if (kind === 'sqlite') {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-feedback-'))
    return { uri: `file:${path.join(folder, 'site.db')}`, drop: async () => fs.rmSync(folder, { recursive: true, force: true }) }
  }
  const name = `bench_feedback_${process.pid}`
  const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  return {
    uri: `postgres://postgres@127.0.0.1:5432/${name}`,
    drop: async () => {
      const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

const hidden = (html) => {
  const form = html.match(/<form[^>]*>([\s\S]*?)<\/form>/)?.[1] ?? ''
  const fields = {}
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = input[0].match(/name="([^"]*)"/)?.[1]
    if (name) fields[name] = (input[0].match(/value="([^"]*)"/)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  }
  return fields
}

async function run(kind) {
  const db = await database(kind)
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '--conditions=production',
    DATABASE_URI: db.uri,
    PAYLOAD_SECRET: 'bench-secret-not-for-production',
    SERVER_URL: `http://127.0.0.1:${PORT}`,
    TRUST_PROXY_HEADER: 'x-forwarded-for',
    TRUSTED_PROXIES: 'loopback',
    RATE_LIMIT_SUBMIT_SITE_WIDE: '1000000',
    JOBS_AUTORUN: '0',
    OUTBOX_DIR: path.join(os.tmpdir(), `bench-outbox-${process.pid}`),
    UPLOADS_DIR: path.join(os.tmpdir(), `bench-uploads-${process.pid}`),
  }
  // Migrations and the demo accounts (a handler to count messages afterwards).
  const seeded = spawnSync('node', ['scripts/run-ts.mjs', 'src/cli/seed.ts'], { env, encoding: 'utf8' })
  if (seeded.status !== 0) throw new Error(seeded.stderr)
  const server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], { env, stdio: 'ignore', detached: true })
  const base = `http://127.0.0.1:${PORT}`
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/feedback/new`)).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  const form = hidden(await (await fetch(`${base}/feedback/new`)).text())
  const acknowledged = []
  const latencies = []
  let failures = 0
  let client = 0
  const deadline = Date.now() + SECONDS * 1000
  const worker = async () => {
    while (Date.now() < deadline) {
      client += 1
      const body = new FormData()
      for (const [k, v] of Object.entries({ ...form, ...MESSAGE, token: crypto.randomUUID() })) body.append(k, v)
      const started = performance.now()
      const response = await fetch(`${base}/feedback/new`, { method: 'POST', body, headers: { 'X-Forwarded-For': `10.9.${client >> 8 & 255}.${client & 255}` } })
      const html = await response.text()
      latencies.push(performance.now() - started)
      const code = html.match(/data-testid="tracking-code">(FK-\d{4}-[A-Z0-9]{6})</)?.[1]
      if (response.status === 200 && code) acknowledged.push(code)
      else failures += 1
    }
  }
  const started = Date.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const elapsed = (Date.now() - started) / 1000

  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'handler@demo.cdjsw.local', password: 'Demo-Banli-2026' }) })
  const token = (await login.json()).token
  const stored = new Set()
  for (let page = 1; ; page++) {
    const list = await (await fetch(`${base}/api/feedback?limit=100&page=${page}&depth=0&select[trackingCode]=true`, { headers: { Authorization: `JWT ${token}` } })).json()
    for (const doc of list.docs) stored.add(doc.trackingCode)
    if (!list.hasNextPage) break
  }
  const missing = acknowledged.filter((code) => !stored.has(code))
  process.kill(-server.pid, 'SIGTERM')
  await new Promise((r) => setTimeout(r, 1000))
  await db.drop()
  latencies.sort((a, b) => a - b)
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(0)
  return { kind, submissions: acknowledged.length, failures, perSecond: (acknowledged.length / elapsed).toFixed(1), p50: pct(50), p95: pct(95), p99: pct(99), missing: missing.length }
}

const rows = []
for (const kind of DBS) rows.push(await run(kind))
console.log(`\nmessage form, ${CONCURRENCY} concurrent clients, ${SECONDS} s each (plain multipart POSTs as a browser without JavaScript sends them)`)
console.log('database   acknowledged  failed  per second  p50 ms  p95 ms  p99 ms  acknowledged but missing')
for (const r of rows) {
  console.log(`${r.kind.padEnd(10)} ${String(r.submissions).padStart(12)}  ${String(r.failures).padStart(6)}  ${r.perSecond.padStart(10)}  ${String(r.p50).padStart(6)}  ${String(r.p95).padStart(6)}  ${String(r.p99).padStart(6)}  ${r.missing}`)
}
process.exit(rows.some((r) => r.missing > 0) ? 1 : 0)
