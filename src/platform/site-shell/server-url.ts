export function serverUrl(): string {
  return (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}

/** Loopback address of this very server (`next start` sets PORT), for the proxy's own requests. */
export function ownOrigin(): string {
  return process.env.INTERNAL_SERVER_URL || `http://127.0.0.1:${process.env.PORT || 3000}`
}
