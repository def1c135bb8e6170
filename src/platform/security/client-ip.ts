/**
 * The visitor's address. Behind our reverse proxy (TRUST_PROXY_HEADER=x-forwarded-for or
 * x-real-ip) the proxy's header is trusted, and for X-Forwarded-For only its last entry, the one
 * our proxy appended. Without that setting we use what Next.js recorded for the connection.
 */
export function clientIpOf(headers: Headers): string {
  const trusted = process.env.TRUST_PROXY_HEADER?.toLowerCase()
  if (trusted) {
    const value = headers.get(trusted)
    if (value) {
      const parts = value.split(',').map((part) => part.trim()).filter(Boolean)
      const last = parts[parts.length - 1]
      if (last) return last.slice(0, 64)
    }
  }
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return (forwarded || 'unknown').slice(0, 64)
}
