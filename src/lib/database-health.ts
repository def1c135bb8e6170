import { isDatabaseUnavailableError, retryAfterSeconds } from '../domain/database-unavailable'

/**
 * Whether the database is reachable, shared between the app (which notices an outage: a pool
 * error, a failed request) and the proxy (which then answers 503 before any page runs). Kept on
 * globalThis because the proxy and the app are bundled separately but run in one process.
 * No Payload import here: the proxy cannot load Payload.
 */
type Health = { downSince: number | null; reason: string; probing: boolean; probe: (() => Promise<unknown>) | null }

const KEY = Symbol.for('site.databaseHealth')
const PROBE_INTERVAL_MS = 500

function health(): Health {
  const global = globalThis as unknown as Record<symbol, Health>
  global[KEY] ??= { downSince: null, reason: '', probing: false, probe: null }
  return global[KEY]
}

/** Probes the database every half second until it answers, then lets requests through again. */
function probeUntilBack() {
  const state = health()
  if (state.probing || !state.probe) return
  state.probing = true
  const attempt = async () => {
    try {
      await state.probe!()
      console.error(`database reachable again after ${Date.now() - (state.downSince ?? Date.now())} ms`)
      state.downSince = null
      state.probing = false
    } catch {
      setTimeout(attempt, PROBE_INTERVAL_MS).unref()
    }
  }
  setTimeout(attempt, PROBE_INTERVAL_MS).unref()
}

/** Records an error; returns true when it means the database is unreachable. */
export function noteDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailableError(error)) return false
  const state = health()
  if (state.downSince === null) {
    state.downSince = Date.now()
    state.reason = error instanceof Error ? error.message : String(error)
    console.error(`database unreachable: ${state.reason}; answering 503 until it is back`)
  }
  probeUntilBack()
  return true
}

type PoolLike = { on(event: 'error', listener: (error: unknown) => void): unknown }

/**
 * Started once by src/instrumentation.ts. An idle pooled connection closed by a database restart
 * emits 'error' on the pool; without a listener Node would end the whole server.
 */
export function watchDatabase({ pool, probe }: { pool?: PoolLike | null; probe: () => Promise<unknown> }) {
  health().probe = probe
  pool?.on('error', (error) => {
    if (!noteDatabaseError(error)) console.error('database pool error', error)
  })
}

/** While the database is unreachable: the seconds to suggest in Retry-After; null when it is up. */
export function databaseOutage(): { retryAfter: number } | null {
  const { downSince } = health()
  return downSince === null ? null : { retryAfter: retryAfterSeconds(Date.now() - downSince) }
}

export function serviceUnavailablePage(retryAfter: number): string {
  return `<!doctype html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>系统暂时无法访问</title></head>
<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;max-width:40em;margin:2rem auto;padding:0 1rem;line-height:1.75;color:#1b1b1b">
<main>
<h1>系统暂时无法访问</h1>
<p>网站的数据服务正在维护或重启，暂时无法处理您的请求。您刚才提交的内容<strong>没有</strong>保存，请不要以为已经提交成功。</p>
<p>请在约 ${retryAfter} 秒后刷新页面或重新提交。如有急事，请拨打全国卫生健康热线 <a href="tel:12320">12320</a>。</p>
<p><a href="/">返回首页</a></p>
</main>
</body>
</html>`
}
