import { foldFullWidth } from './text'

/** Digits and capitals without look-alikes (no 0 O 1 I L U), so codes survive being read aloud. */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'

const CODE_LENGTH = 6
// Bytes at or above the largest multiple of the alphabet size are thrown away; keeping them
// would make the first 256 % 30 characters more likely than the rest.
const ACCEPT_BELOW = 256 - (256 % TRACKING_ALPHABET.length)
const MAX_ROUNDS = 64

/** FK for residents' messages, GK for applications for government information (依申请公开). */
export type TrackingPrefix = 'FK' | 'GK'

/** 'FK-2026-7Q4M9C'. `randomBytes` is crypto.randomBytes in production, a fixed source in tests. */
export function generateTrackingCode(year: number, randomBytes: (n: number) => Uint8Array, prefix: TrackingPrefix = 'FK'): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Tracking code year must have four digits, got ${year}`)
  }
  let code = ''
  for (let round = 0; code.length < CODE_LENGTH; round++) {
    if (round >= MAX_ROUNDS) throw new Error('Random source keeps returning unusable bytes')
    for (const byte of randomBytes(CODE_LENGTH - code.length + 2)) {
      if (byte < ACCEPT_BELOW && code.length < CODE_LENGTH) {
        code += TRACKING_ALPHABET[byte % TRACKING_ALPHABET.length]
      }
    }
  }
  return `${prefix}-${year}-${code}`
}

/**
 * What a resident typed ('fk 2026 7q4m9c', 'FK20267Q4M9C', '２０２６-7Q4M9C') as 'FK-2026-7Q4M9C',
 * or undefined. The prefix ('FK', or `prefix`) may be left out; another prefix never matches.
 * Look-alikes are not guessed: an O, I, 0 or 1 cannot be in a real code, so such input is
 * rejected rather than silently matched to another.
 */
export function normaliseTrackingCode(input: string, prefix: TrackingPrefix = 'FK'): string | undefined {
  if (typeof input !== 'string' || input.length > 64) return undefined
  const compact = foldFullWidth(input).replace(/[\s\-_]/g, '').toUpperCase()
  const match = new RegExp(`^(?:${prefix})?(\\d{4})([A-Z0-9]{6})$`).exec(compact)
  if (!match) return undefined
  const [, year, code] = match
  if (![...code].every((ch) => TRACKING_ALPHABET.includes(ch))) return undefined
  return `${prefix}-${year}-${code}`
}
