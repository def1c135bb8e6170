/**
 * Whether an error means "the database cannot be reached right now" (a restart, a network cut, a
 * full connection pool), as opposed to a bug or bad data. Those requests get a 503 with a retry
 * hint, never a 500. Walks the `cause` chain: drizzle wraps the driver's error.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01', // admin_shutdown: the server is stopping or restarting
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting up
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08006', // connection_failure
  '53300', // too_many_connections
  'SQLITE_BUSY',
])

const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /cannot use a pool after calling end/i,
  /connect ECONNREFUSED/i,
  /database is locked/i,
]

export function isDatabaseUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true
    current = cause
  }
  return false
}

/** Seconds a client should wait before trying again, growing while the outage lasts (5 … 30). */
export function retryAfterSeconds(downForMs: number): number {
  return Math.min(30, Math.max(5, Math.ceil(downForMs / 2000)))
}
