import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The token in every subscription link (confirm, manage, unsubscribe): the subscription's id and
 * version, signed with a key derived from the site secret. Nothing secret is stored: raising the
 * version (a new confirmation request) voids every older link, deleting the subscription voids all.
 */
export type SubscriptionTokenClaims = { id: string; version: number }

const derivedKey = (secret: string) => createHmac('sha256', secret).update('email-subscriptions/v1').digest()

const mac = (secret: string, id: string, version: number) =>
  createHmac('sha256', derivedKey(secret)).update(`${id}.${version}`).digest('base64url')

const ID = /^[A-Za-z0-9-]{1,40}$/

export function signSubscriptionToken(secret: string, claims: SubscriptionTokenClaims): string {
  if (!ID.test(claims.id) || !Number.isInteger(claims.version) || claims.version < 0) throw new Error('bad subscription token claims')
  return `${claims.id}.${claims.version}.${mac(secret, claims.id, claims.version)}`
}

/** The claims of a well-formed, correctly signed token; null for anything else (never throws). */
export function readSubscriptionToken(secret: string, token: unknown): SubscriptionTokenClaims | null {
  if (typeof token !== 'string' || token.length > 120) return null
  const [id, versionText, signature, ...rest] = token.split('.')
  if (rest.length > 0 || !id || !ID.test(id) || !/^\d{1,9}$/.test(versionText ?? '') || !signature) return null
  const version = Number(versionText)
  const expected = Buffer.from(mac(secret, id, version))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return { id, version }
}
