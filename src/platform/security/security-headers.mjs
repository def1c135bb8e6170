// Response headers applied to every route by next.config.mjs, and the Content-Security-Policy the
// proxy (src/proxy.ts) gives each public page with its own nonce.
// Public pages render per request so that Next can put the nonce on its inline hydration scripts
// ('strict-dynamic' lets those scripts load the chunks they need). Payload's admin keeps
// 'unsafe-inline'. Other answers that never pass through the proxy (files, redirects, JSON) allow
// no inline script at all. Everything else is 'self' only.
// A configured map tile server (MAP_TILE_URL) is the one outside origin images may come from;
// `{s}` subdomains become a wildcard. Read when the site is built, as headers are.
export function mapTileSource(tileUrl) {
  const match = /^(https?):\/\/([^/?#]+)/.exec(tileUrl?.trim() ?? '')
  if (!match) return ''
  const host = match[2].replace(/^\{s\}\./, '*.')
  return /^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host) ? ` ${match[1]}://${host}` : ''
}

/**
 * What nginx's micro-cache (deploy/nginx/site.conf) asks for instead of a nonce: the page keeps
 * this word where the nonce goes, and nginx puts a fresh random one (its $request_id) in its place,
 * in the body and in the policy of every answer, cached or not (src/platform/security/page-nonce.ts).
 * A secret made at deploy time (CSP_NONCE_PLACEHOLDER, the same for the site and the nginx
 * renderer): text that carried a public word into a page would have become a valid nonce.
 * At least 32 letters and digits (`openssl rand -hex 24`); null when unset or too weak.
 */
export function noncePlaceholder(env = process.env) {
  const value = env.CSP_NONCE_PLACEHOLDER?.trim() ?? ''
  return /^[A-Za-z0-9]{32,128}$/.test(value) ? value : null
}

export const NONCE_PLACEHOLDER_PROBLEM = 'CSP_NONCE_PLACEHOLDER must be a random secret of 32 to 128 letters and digits (e.g. `openssl rand -hex 24`), the same for the site and deploy/nginx/render-site-conf.mjs.'

/** Which scripts a page may run: 'nonce' (public pages), 'inline' (the admin) or 'self' (the rest). */
function scriptSource(scripts, nonce) {
  if (scripts === 'nonce') return `'self' 'nonce-${nonce}' 'strict-dynamic'`
  return scripts === 'inline' ? "'self' 'unsafe-inline'" : "'self'"
}

/**
 * @param {string | undefined} nodeEnv
 * @param {{ scripts?: 'nonce' | 'inline' | 'self', nonce?: string, tileUrl?: string }} [options]
 */
export function contentSecurityPolicy(nodeEnv, { scripts = 'self', nonce = '', tileUrl = process.env.MAP_TILE_URL } = {}) {
  if (scripts === 'nonce' && !/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce)) throw new Error('A CSP nonce must be at least 16 base64 characters')
  const devEval = nodeEnv === 'development' ? " 'unsafe-eval'" : ''
  return [
    "default-src 'self'",
    `script-src ${scriptSource(scripts, nonce)}${devEval}`,
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

/**
 * Pages keep their own browsing context (no window opened from another site keeps a handle on a
 * resident's form) and their answers may not be embedded by other sites.
 */
export function isolationHeaders() {
  return [
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  ]
}

export function securityHeaders(nodeEnv, serverUrl = process.env.SERVER_URL) {
  return [
    ...strictTransportSecurity(nodeEnv, serverUrl),
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self)' },
    ...isolationHeaders(),
  ]
}

/**
 * The policy for answers the proxy does not handle: 'self' scripts only, and 'unsafe-inline' for
 * Payload's admin. Public pages are left out here: the proxy sends theirs, with a fresh nonce, and
 * a second policy would be enforced as well and block their scripts.
 */
export function fallbackContentSecurityPolicies(nodeEnv) {
  return [
    // Stored files carry their own, `sandbox` (src/platform/media/sandboxedFileHeaders.ts).
    { source: '/:path((?!api/.+/file/).*)', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(nodeEnv) }] },
    { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(nodeEnv, { scripts: 'inline' }) }] },
  ]
}
