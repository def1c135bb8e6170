import crypto from 'node:crypto'

export const RECOVERY_CODE_COUNT = 10

// No 0/O, 1/I/L: codes are read off paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** Ten codes like "K7QM-2XRT-9PWA", each good for one login when the phone is lost. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from(crypto.randomBytes(12), (byte) => ALPHABET[byte % ALPHABET.length])
    return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((part) => part.join('')).join('-')
  })
}

/** Upper case, no spaces or dashes: "k7qm 2xrt-9pwa" is the same code. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/gu, '')
}

/** Stored form: only the SHA-256 of the normalized code (the codes have 60 bits of randomness). */
export function hashRecoveryCode(code: string): string {
  return crypto.createHash('sha256').update(`recovery:${normalizeRecoveryCode(code)}`).digest('hex')
}

/** True when `code` looks like a recovery code rather than a 6-digit TOTP code. */
export function looksLikeRecoveryCode(code: string): boolean {
  return normalizeRecoveryCode(code).length === 12
}
