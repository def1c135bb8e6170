/**
 * Strict reading of IP addresses from headers and settings. Only a well-formed IPv4 or IPv6
 * address is ever returned, in one canonical spelling (RFC 5952 for IPv6, IPv4-mapped IPv6 as
 * IPv4), so the audit log and the rate limits never record text such as `=HYPERLINK(` and one
 * address cannot be written two ways to get two allowances.
 */
type Bytes = number[]

function ipv4Bytes(text: string): Bytes | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  const bytes = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : NaN))
  return bytes.every((byte) => byte <= 255) ? bytes : null
}

function ipv6Bytes(text: string): Bytes | null {
  if (!/^[0-9a-f:.]+$/i.test(text) || text.split('::').length > 2) return null
  let tail: Bytes = []
  let body = text
  const lastColon = text.lastIndexOf(':')
  if (text.includes('.')) {
    const v4 = ipv4Bytes(text.slice(lastColon + 1))
    if (!v4) return null
    tail = v4
    // `::ffff:192.0.2.1` keeps `::ffff`, `::192.0.2.1` keeps `::`.
    const head = text.slice(0, lastColon + 1)
    body = head.endsWith('::') ? head : text.slice(0, lastColon)
  }
  const groupsWanted = tail.length ? 6 : 8
  const [head, rest] = body.split('::') as [string, string | undefined]
  const groups = (part: string) => (part === '' ? [] : part.split(':'))
  const first = groups(head)
  const second = rest === undefined ? [] : groups(rest)
  if (![...first, ...second].every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null
  const missing = groupsWanted - first.length - second.length
  if (rest === undefined ? missing !== 0 : missing < 1) return null
  const all = [...first, ...Array(rest === undefined ? 0 : missing).fill('0'), ...second].map((group) => parseInt(group, 16))
  return [...all.flatMap((group) => [group >> 8, group & 0xff]), ...tail]
}

function formatIpv6(bytes: Bytes): string {
  const groups = Array.from({ length: 8 }, (_, index) => (bytes[index * 2] << 8) | bytes[index * 2 + 1])
  let bestStart = -1
  let bestLength = 1
  for (let start = 0; start < 8; start++) {
    let length = 0
    while (start + length < 8 && groups[start + length] === 0) length++
    if (length > bestLength) [bestStart, bestLength] = [start, length]
  }
  const hex = groups.map((group) => group.toString(16))
  if (bestStart < 0) return hex.join(':')
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`
}

const isMappedIpv4 = (bytes: Bytes) => bytes.length === 16 && bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff

/** The address's bytes (4 or 16), or null for anything that is not exactly an address. */
function addressBytes(raw: string): Bytes | null {
  let text = raw.trim()
  if (!text || text.length > 64) return null
  // As some proxies write them: `[2001:db8::1]:443`, `203.0.113.7:51234`.
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text)
  if (bracketed) text = bracketed[1]
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(':'))
  const bytes = ipv4Bytes(text) ?? ipv6Bytes(text)
  if (!bytes) return null
  return isMappedIpv4(bytes) ? bytes.slice(12) : bytes
}

const format = (bytes: Bytes) => (bytes.length === 4 ? bytes.join('.') : formatIpv6(bytes))

/** The canonical spelling of an address, or null when the text is not one. */
export function parseIpAddress(raw: string | null | undefined): string | null {
  const bytes = addressBytes(raw ?? '')
  return bytes ? format(bytes) : null
}

/**
 * What rate limits count by: an IPv4 address, or the /64 network of an IPv6 address (one
 * household or phone usually holds a whole /64 and can pick any address in it).
 */
export function limitKeyOf(address: string): string {
  const bytes = addressBytes(address)
  if (!bytes) return address
  if (bytes.length === 4) return format(bytes)
  return `${formatIpv6([...bytes.slice(0, 8), ...Array(8).fill(0)])}/64`
}

export type AddressRange = { bytes: Bytes; prefix: number }

/** `loopback` stands for 127.0.0.0/8 and ::1. */
const LOOPBACK: AddressRange[] = [
  { bytes: [127, 0, 0, 0], prefix: 8 },
  { bytes: [...Array(15).fill(0), 1], prefix: 128 },
]

/**
 * Parses a TRUSTED_PROXIES value: addresses and CIDR ranges separated by commas or spaces, and
 * the word `loopback`. Throws on any entry it cannot read: a typo must not trust nobody silently.
 */
export function parseAddressRanges(text: string): AddressRange[] {
  const ranges: AddressRange[] = []
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    if (entry.toLowerCase() === 'loopback') {
      ranges.push(...LOOPBACK)
      continue
    }
    const [address, prefixText, extra] = entry.split('/')
    const bytes = extra === undefined ? addressBytes(address) : null
    const prefix = prefixText === undefined ? (bytes?.length ?? 0) * 8 : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN
    if (!bytes || !(prefix >= 0 && prefix <= bytes.length * 8)) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`)
    ranges.push({ bytes, prefix })
  }
  return ranges
}

/** Whether an address lies in one of the ranges. */
export function isInRanges(address: string, ranges: AddressRange[]): boolean {
  const bytes = addressBytes(address)
  if (!bytes) return false
  return ranges.some((range) => {
    if (range.bytes.length !== bytes.length) return false
    for (let bit = 0; bit < range.prefix; bit++) {
      const mask = 0x80 >> bit % 8
      if ((bytes[bit >> 3] & mask) !== (range.bytes[bit >> 3] & mask)) return false
    }
    return true
  })
}

/**
 * The client named by an X-Forwarded-For chain that reached us from a trusted proxy: the
 * right-most entry that is not itself a trusted proxy. Entries further left were written by
 * whoever sent the request and prove nothing. An unreadable entry ends the walk (null: use the
 * proxy's own address).
 */
export function forwardedClient(chain: string, trusted: AddressRange[]): string | null {
  const entries = chain.split(',')
  for (let index = entries.length - 1; index >= 0; index--) {
    const address = parseIpAddress(entries[index])
    if (!address) return null
    if (!isInRanges(address, trusted)) return address
  }
  return null
}
