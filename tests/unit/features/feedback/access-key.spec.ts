import { createHash, randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { deriveAccessKey, hashAccessKey, isIdempotencyToken } from '@/features/feedback/rules/intake'

const secret = 'test-secret-0123456789abcdef0123456789'
const token = '3b241101-e2bb-4255-8caf-4136c566a962'
const FORMAT = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{6}$/

describe('access keys', () => {
  it('has 26 Crockford base32 characters (130 bits) in groups of 5-5-5-5-6', () => {
    const key = deriveAccessKey(secret, token)
    expect(key).toMatch(FORMAT)
    const characters = key.replace(/-/g, '')
    expect(characters).toHaveLength(26)
    expect(characters.length * Math.log2(32)).toBeGreaterThanOrEqual(128)
  })

  it('shows the same key again when the same form is posted twice', () => {
    expect(deriveAccessKey(secret, token)).toBe(deriveAccessKey(secret, token))
    expect(deriveAccessKey(secret, token.toUpperCase())).toBe(deriveAccessKey(secret, token))
  })

  it('differs per form and per server secret', () => {
    const keys = new Set(Array.from({ length: 200 }, () => deriveAccessKey(secret, randomUUID())))
    expect(keys.size).toBe(200)
    expect(deriveAccessKey(`${secret}x`, token)).not.toBe(deriveAccessKey(secret, token))
  })

  it('refuses a weak secret or a token that is not a UUID v4', () => {
    expect(() => deriveAccessKey('short', token)).toThrow()
    expect(() => deriveAccessKey(secret, 'not-a-token')).toThrow(TypeError)
  })

  it('hashes the key the same way however it is typed', () => {
    const key = deriveAccessKey(secret, token)
    const hash = hashAccessKey(key)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).toBe(createHash('sha256').update(key.replace(/-/g, '')).digest('hex'))
    expect(hashAccessKey(key.replace(/-/g, ''))).toBe(hash)
    expect(hashAccessKey(key.toLowerCase())).toBe(hash)
    expect(hashAccessKey(` ${key.replace(/-/g, ' ')} `)).toBe(hash)
    expect(hashAccessKey(deriveAccessKey(secret, randomUUID()))).not.toBe(hash)
  })

  it('reads the Crockford look-alikes O as 0 and I, L as 1', () => {
    expect(hashAccessKey('0A1B1-C')).toBe(hashAccessKey('oaibl-c'))
  })
})

describe('isIdempotencyToken', () => {
  it('accepts UUID v4 only', () => {
    expect(isIdempotencyToken(randomUUID())).toBe(true)
    expect(isIdempotencyToken(token.toUpperCase())).toBe(true)
    expect(isIdempotencyToken('3b241101-e2bb-1255-8caf-4136c566a962')).toBe(false)
    expect(isIdempotencyToken('3b241101-e2bb-4255-7caf-4136c566a962')).toBe(false)
    expect(isIdempotencyToken('3b241101e2bb42558caf4136c566a962')).toBe(false)
    expect(isIdempotencyToken(` ${token}`)).toBe(false)
    expect(isIdempotencyToken(undefined)).toBe(false)
    expect(isIdempotencyToken([token])).toBe(false)
  })
})
