import { forwardedClient, isInRanges, limitKeyOf, parseAddressRanges, parseIpAddress, type AddressRange } from './rules/ip-address'

/**
 * The address of the connection a request came in on. `next start` hands route handlers and the
 * proxy no socket, and it fills X-Forwarded-For with that address only when the client sent none,
 * so a client could choose its own: the server writes the socket's address into this header
 * instead (stamp-peer-address.ts), over anything the client sent under the same name.
 */
export const PEER_ADDRESS_HEADER = 'x-site-peer-address'

/**
 * The proxies whose forwarding header we believe (TRUSTED_PROXIES: addresses, CIDR ranges or
 * `loopback`; loopback when unset, for nginx on the same machine). A header from any other peer
 * is ignored: the visitor is the peer itself.
 */
let cached: { text: string; ranges: AddressRange[] } | undefined
export function trustedProxies(): AddressRange[] {
  const text = process.env.TRUSTED_PROXIES?.trim() || 'loopback'
  if (cached?.text !== text) cached = { text, ranges: parseAddressRanges(text) }
  return cached.ranges
}

/** The header our proxy writes the visitor's address into (TRUST_PROXY_HEADER, X-Forwarded-For by default). */
const forwardingHeader = () => process.env.TRUST_PROXY_HEADER?.trim().toLowerCase() || 'x-forwarded-for'

/**
 * The visitor's address, canonical (rules/ip-address.ts), for the audit log and the limits alike:
 * the connection's own address (stamped by peer-address.ts), or, when that connection comes from
 * a trusted proxy, the right-most address in its forwarding header that is no trusted proxy.
 * 'unknown' when no well-formed address is known.
 */
export function clientIpOf(headers: Headers): string {
  const peer = parseIpAddress(headers.get(PEER_ADDRESS_HEADER))
  if (!peer) return 'unknown'
  const trusted = trustedProxies()
  if (!isInRanges(peer, trusted)) return peer
  const chain = headers.get(forwardingHeader())
  return (chain && forwardedClient(chain, trusted)) || peer
}

/** Whether the request's connection comes from a trusted proxy (its own headers may be believed). */
export function isFromTrustedProxy(headers: Headers): boolean {
  const peer = parseIpAddress(headers.get(PEER_ADDRESS_HEADER))
  return peer !== null && isInRanges(peer, trustedProxies())
}

/** What per-address limits count by: the visitor's address, IPv6 grouped by its /64 network. */
export function clientLimitKeyOf(headers: Headers): string {
  const address = clientIpOf(headers)
  return address === 'unknown' ? address : limitKeyOf(address)
}

/**
 * In production, a site that says it sits behind a proxy (TRUST_PROXY_HEADER, or nginx filling
 * in nonces with CSP_NONCE_FROM_PROXY=1) must say which addresses that proxy has: without it a
 * proxy on another machine would make every visitor one address (and one rate limit). Returns the
 * problem in English for the operator's log, or null.
 */
export function proxySettingsProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const behindProxy = Boolean(env.TRUST_PROXY_HEADER?.trim()) || env.CSP_NONCE_FROM_PROXY === '1'
  if (env.NODE_ENV === 'production' && behindProxy && !env.TRUSTED_PROXIES?.trim()) {
    return 'TRUSTED_PROXIES must be set in production behind a reverse proxy (e.g. TRUSTED_PROXIES=loopback for nginx on this machine; see README, "Production behind nginx").'
  }
  try {
    parseAddressRanges(env.TRUSTED_PROXIES?.trim() || 'loopback')
  } catch (error) {
    return (error as Error).message
  }
  return null
}
