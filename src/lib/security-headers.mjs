// Response headers applied to every route by next.config.mjs.
// Next's static pages hydrate from inline <script> tags, so script-src keeps 'unsafe-inline'
// until nonce-based CSP lands (it would make every page dynamic); everything else is 'self' only.
export function contentSecurityPolicy(nodeEnv) {
  const devEval = nodeEnv === 'development' ? " 'unsafe-eval'" : ''
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${devEval}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
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
