import { Secret, TOTP } from 'otpauth'

const PERIOD = 30

/** A new random 160-bit secret, as base32 (what authenticator apps take). */
export const newTotpSecret = () => new Secret({ size: 20 }).base32

const totpOf = (secret: string, label = '', issuer = '') =>
  new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) })

/** The otpauth:// address put in the QR code. */
export const totpUri = (secret: string, email: string, issuer: string) => totpOf(secret, email, issuer).toString()

/**
 * The time step of a valid 6-digit code (RFC 6238, SHA-1, 30 s, one step of clock drift either
 * way), or null. A code of a step already used is refused, so an overheard code cannot be replayed.
 */
export function totpStep(secret: string, code: string, lastUsedStep: number | null | undefined, now = Date.now()): number | null {
  const token = code.replace(/\s+/gu, '')
  if (!/^\d{6}$/u.test(token)) return null
  const delta = totpOf(secret).validate({ token, timestamp: now, window: 1 })
  if (delta === null) return null
  const step = Math.floor(now / 1000 / PERIOD) + delta
  return lastUsedStep !== null && lastUsedStep !== undefined && step <= lastUsedStep ? null : step
}

/** The current code (tests and the set-up check only). */
export const totpNow = (secret: string, now = Date.now()) => totpOf(secret).generate({ timestamp: now })
