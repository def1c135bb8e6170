// `npm run drill:postgres [-- --workers=6 --before=8 --after=20 --down=0]`: the server runs on a
// throw-away PostgreSQL database under a steady load of page views, searches and form submissions
// while PostgreSQL itself is restarted (or, with --down=N, stopped for N seconds and started again). Every request in the outage must fail with the clear 503 page
// (Chinese, Retry-After), never a 500 or a false success; afterwards the same server process
// serves again. Restarting PostgreSQL disturbs everyone using it: run it on a machine of its own.
import { execFileSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { cliOptions } from '../bench/harness.mjs'
import { newClientIp, openForm, postForm, trackingCodeIn, VALID_MESSAGE } from '../http/feedback-form'
import { drill, ensureBuild, log, prepareSite, printTable, startServer } from './drill-harness.mjs'
import { readFeedbackTables } from './site-inspection'

const { number } = cliOptions()
const WORKERS = number('workers', 6)
const BEFORE_S = number('before', 8)
const AFTER_S = number('after', 20)
const PORT = number('port', 3403)
const DOWN_S = number('down', 0)

type Outcome = 'ok' | 'clear-503' | 'unclear-503' | '500' | 'other' | 'network-error'
type Sample = { start: number; end: number; kind: string; outcome: Outcome; status: number; code?: string }

const pgCluster = (action: 'restart' | 'stop' | 'start') =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', fs.readdirSync('/etc/postgresql')[0], 'main', action], { stdio: 'inherit' })

async function restartPostgres() {
  if (DOWN_S <= 0) return pgCluster('restart')
  pgCluster('stop')
  await new Promise((resolve) => setTimeout(resolve, DOWN_S * 1000))
  pgCluster('start')
}

function pgIsReady() {
  try {
    execFileSync('pg_isready', ['-h', '127.0.0.1'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function judge(status: number, html: string, retryAfter: string | null, success: boolean): Outcome {
  if (status === 200 && success) return 'ok'
  if (status === 503) return html.includes('系统暂时无法访问') && html.includes('秒后') && retryAfter ? 'clear-503' : 'unclear-503'
  if (status >= 500) return '500'
  return 'other'
}

await drill('drill:postgres', async (onCleanup: (cleanup: () => Promise<unknown>) => void) => {
  if (!pgIsReady()) throw new Error('PostgreSQL is not running on 127.0.0.1')
  await ensureBuild()
  const site = await prepareSite('postgres', 'pgrestart')
  onCleanup(() => site.remove())
  const server = startServer(PORT, { ...site.env, RATE_LIMIT_SUBMIT_SITE_WIDE: '1000000', JOBS_AUTORUN: '0', DATABASE_POOL_MAX: '5' })
  onCleanup(() => server.stop())
  await server.ready()
  const child = server.child as ChildProcess
  const pid = child.pid
  log(`server up on ${server.url} (PostgreSQL ${site.database.name}), ${WORKERS} workers`)

  const samples: Sample[] = []
  let running = true
  const request = async (kind: string): Promise<Omit<Sample, 'start' | 'end' | 'kind'>> => {
    if (kind === 'search') {
      const response = await fetch(`${server.url}/search?q=${encodeURIComponent('计划生育')}`, { signal: AbortSignal.timeout(15_000) })
      const html = await response.text()
      return { status: response.status, outcome: judge(response.status, html, response.headers.get('retry-after'), html.includes('搜索')) }
    }
    if (kind === 'form') {
      const response = await fetch(`${server.url}/feedback/new`, { signal: AbortSignal.timeout(15_000) })
      const html = await response.text()
      return { status: response.status, outcome: judge(response.status, html, response.headers.get('retry-after'), html.includes('<form')) }
    }
    const ip = newClientIp()
    const hidden = await openForm(server.url, ip)
    const response = await postForm(server.url, ip, hidden, { ...VALID_MESSAGE, subject: '数据库重启演练' })
    const code = trackingCodeIn(response.html)
    return { status: response.status, code, outcome: judge(response.status, response.html, response.headers.get('retry-after'), Boolean(code)) }
  }
  const kinds = ['search', 'form', 'submit']
  const worker = async (w: number) => {
    for (let n = 0; running; n++) {
      const kind = kinds[(w + n) % kinds.length]
      const start = Date.now()
      try {
        samples.push({ start, end: Date.now(), kind, ...(await request(kind)) })
      } catch {
        samples.push({ start, end: Date.now(), kind, outcome: 'network-error', status: 0 })
      }
      samples[samples.length - 1].end = Date.now()
    }
  }
  const workers = Array.from({ length: WORKERS }, (_, i) => worker(i))
  await new Promise((resolve) => setTimeout(resolve, BEFORE_S * 1000))
  const restartStart = Date.now()
  log(DOWN_S > 0 ? `stopping PostgreSQL for ${DOWN_S} s …` : 'restarting PostgreSQL …')
  onCleanup(async () => {
    if (!pgIsReady()) execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', fs.readdirSync('/etc/postgresql')[0], 'main', 'start'])
  })
  await restartPostgres()
  const restartEnd = Date.now()
  log(`PostgreSQL restarted in ${restartEnd - restartStart} ms; pg_isready: ${pgIsReady()}`)
  await new Promise((resolve) => setTimeout(resolve, AFTER_S * 1000))
  running = false
  await Promise.all(workers)
  const serverAlive = child.exitCode === null && !child.signalCode && child.pid === pid

  const firstOkAfter = samples.filter((s) => s.start >= restartEnd && s.outcome === 'ok').sort((a, b) => a.start - b.start)[0]
  const windowEnd = firstOkAfter ? firstOkAfter.start : Date.now()
  const inWindow = samples.filter((s) => s.end >= restartStart && s.start <= windowEnd)
  const outside = samples.filter((s) => !inWindow.includes(s))
  const count = (list: Sample[], outcome: Outcome) => list.filter((s) => s.outcome === outcome).length
  const stored = new Set((await readFeedbackTables(site.database.uri)).feedback.map((f) => f.trackingCode))
  const acknowledged = samples.filter((s) => s.code)
  const falseSuccesses = acknowledged.filter((s) => !stored.has(s.code!))
  const after = samples.filter((s) => s.start > windowEnd)

  printTable(`PostgreSQL restart drill (${WORKERS} workers)`, [
    ['requests in all', samples.length],
    ['PostgreSQL restart took (ms)', restartEnd - restartStart],
    ['outage window as clients saw it (ms)', windowEnd - restartStart],
    ['in the window: ok', count(inWindow, 'ok')],
    ['in the window: clear 503 page', count(inWindow, 'clear-503')],
    ['in the window: 503 without the page/Retry-After', count(inWindow, 'unclear-503')],
    ['IN THE WINDOW: 500 OR OTHER 5xx', count(inWindow, '500')],
    ['in the window: other answers', count(inWindow, 'other')],
    ['in the window: network errors', count(inWindow, 'network-error')],
    ['outside the window: ok / not ok', `${count(outside, 'ok')} / ${outside.length - count(outside, 'ok')}`],
    ['submissions acknowledged with a code', acknowledged.length],
    ['FALSE SUCCESSES (code shown, message not stored)', falseSuccesses.length],
    ['requests after recovery: ok / all', `${count(after, 'ok')} / ${after.length}`],
    ['same server process throughout', serverAlive ? 'yes' : 'NO'],
    ['pg_isready afterwards', pgIsReady() ? 'yes' : 'NO'],
  ])
  const notOkOutside = outside.filter((s) => s.outcome !== 'ok')
  if (notOkOutside.length) log(`outside the window, not ok: ${JSON.stringify(notOkOutside.slice(0, 5))}`)
  return serverAlive && pgIsReady() && count(inWindow, '500') === 0 && count(inWindow, 'unclear-503') === 0 &&
    falseSuccesses.length === 0 && after.length > 0 && count(after, 'ok') === after.length
})
