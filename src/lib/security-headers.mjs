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

export function securityHeaders(nodeEnv) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(nodeEnv) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self)' },
  ]
}
