import { createHash, createHmac } from 'node:crypto'
import { foldFullWidth } from './text'

// Crockford base32: no I, L, O, U. A typed I/L reads as 1 and O as 0, per Crockford's rules.
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const KEY_CHARACTERS = 26 // 26 × 5 = 130 bits
// Shown as 5-5-5-5-6: four easy groups, the last one holding the 26th character.
const GROUPS = [5, 5, 5, 5, 6]
// Binds the HMAC to this one use, so the same server secret can safely sign other things.
const PURPOSE = 'feedback-access-key:v1:'
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

export function isIdempotencyToken(value: unknown): value is string {
  return typeof value === 'string' && UUID_V4.test(value)
}

function base32(bytes: Uint8Array, characters: number): string {
  let out = ''
  for (let i = 0; i < characters; i++) {
    let value = 0
    for (let bit = i * 5; bit < i * 5 + 5; bit++) {
      value = (value << 1) | ((bytes[bit >> 3] >> (7 - (bit & 7))) & 1)
    }
    out += BASE32[value]
  }
  return out
}

/**
 * The resident's secret key, e.g. '3J8QK-9TZ4M-WX2FD-0B7HN-C5RV1Y'. Derived rather than random
 * so that a retried POST of the same form (same idempotency token) shows the same key again;
 * without the server secret nobody can compute it from the token.
 */
export function deriveAccessKey(serverSecret: string, idempotencyToken: string): string {
  if (typeof serverSecret !== 'string' || serverSecret.length < 16) {
    throw new Error('deriveAccessKey needs a server secret of at least 16 characters')
  }
  if (!isIdempotencyToken(idempotencyToken)) {
    throw new TypeError('deriveAccessKey needs a UUID v4 idempotency token')
  }
  const mac = createHmac('sha256', serverSecret)
    .update(PURPOSE + idempotencyToken.toLowerCase())
    .digest()
  const key = base32(mac, KEY_CHARACTERS)
  const groups: string[] = []
  let start = 0
  for (const size of GROUPS) {
    groups.push(key.slice(start, start + size))
    start += size
  }
  return groups.join('-')
}

/**
 * SHA-256 (hex) of the key without spaces or hyphens, upper-cased and with Crockford look-alikes
 * mapped, so '3j8qk 9tz4m…' finds the same message. Unsalted is enough: the key has 130 random bits.
 */
export function hashAccessKey(key: string): string {
  const normalised = foldFullWidth(key)
    .replace(/[\s-]/g, '')
    .toUpperCase()
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
  return createHash('sha256').update(normalised).digest('hex')
}
