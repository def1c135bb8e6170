import { isDatabaseUnavailableError, retryAfterSeconds } from './rules/database-unavailable'

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
