// Response headers applied to every route by next.config.mjs.
// Next's static pages hydrate from inline <script> tags, so script-src keeps 'unsafe-inline'
// until nonce-based CSP lands (it would make every page dynamic); everything else is 'self' only.
// A configured map tile server (MAP_TILE_URL) is the one outside origin images may come from;
// `{s}` subdomains become a wildcard. Read when the site is built, as headers are.
export function mapTileSource(tileUrl) {
  const match = /^(https?):\/\/([^/?#]+)/.exec(tileUrl?.trim() ?? '')
  if (!match) return ''
  const host = match[2].replace(/^\{s\}\./, '*.')
  return /^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host) ? ` ${match[1]}://${host}` : ''
}

export function contentSecurityPolicy(nodeEnv, tileUrl = process.env.MAP_TILE_URL) {
  const devEval = nodeEnv === 'development' ? " 'unsafe-eval'" : ''
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${devEval}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${mapTileSource(tileUrl)}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

/**
 * HSTS only in production when the public address is https:// (SERVER_URL at build time): sent
 * over plain HTTP it would be ignored at best, and on a test or intranet address it would lock
 * browsers out of the HTTP site for a year.
 */
export function strictTransportSecurity(nodeEnv, serverUrl = process.env.SERVER_URL) {
  return nodeEnv === 'production' && /^https:\/\//i.test(serverUrl ?? '') ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []
}

/**
 * Answers that may carry personal data or a staff session: never stored by any cache. Payload
 * sets no Cache-Control on its API; public images (/api/media/file/...) stay cacheable.
 */
export function privateNoStoreHeaders() {
  const noStore = [{ key: 'Cache-Control', value: 'private, no-store' }]
  return ['/api/:path((?!media/file/).*)', '/admin/:path*', '/feedback/track', '/feedback/new'].map((source) => ({ source, headers: noStore }))
}

export function securityHeaders(nodeEnv, serverUrl = process.env.SERVER_URL) {
  return [
    ...strictTransportSecurity(nodeEnv, serverUrl),
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(nodeEnv) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self)' },
  ]
}
