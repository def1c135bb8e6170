import { solveChallenge, type Challenge, type Solution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createFeedbackChallenge, FEEDBACK_POW, verifyFeedbackSolution } from '@/platform/security/proof-of-work'

// Secrets are read on each call, so setting them here (after the imports) is in time.
process.env.PAYLOAD_SECRET = 'unit-test-payload-secret'
delete process.env.ALTCHA_HMAC_KEY

/** What the browser receives: the route sends the challenge through JSON. */
async function freshChallenge(): Promise<Challenge> {
  return JSON.parse(JSON.stringify(await createFeedbackChallenge())) as Challenge
}

/** Solved the way the widget's workers do it (altcha-lib's solver, 'uint32' counters from 0). */
async function solve(challenge: Challenge): Promise<Solution> {
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 30_000 })
  if (!solution) throw new Error('challenge not solved')
  return solution
}

/**
 * The hidden field exactly as altcha 3.2.2 fills it (dist/main/altcha.js, verify()):
 * btoa(JSON.stringify({ challenge: { parameters, signature }, solution })), with the worker's
 * solution { counter, derivedKey, time }.
 */
function widgetPayload(challenge: Challenge, solution: Solution): string {
  return btoa(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution }))
}

function decode(payload: string) {
  return JSON.parse(atob(payload)) as { challenge: Challenge; solution: Solution }
}

async function solvedPayload() {
  const challenge = await freshChallenge()
  return widgetPayload(challenge, await solve(challenge))
}

afterEach(() => {
  vi.useRealTimers()
  delete process.env.ALTCHA_HMAC_KEY
})

describe('createFeedbackChallenge', () => {
  it('is a signed v2 challenge for PBKDF2/SHA-256 that expires in 20 minutes', async () => {
    const before = Math.floor(Date.now() / 1000)
    const challenge = await freshChallenge()
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/)
    expect(challenge.parameters).toMatchObject({
      algorithm: 'PBKDF2/SHA-256',
      cost: FEEDBACK_POW.cost,
      keyLength: 32, // the widget derives an AES-GCM key: 16, 24 or 32 bytes only
      data: { scope: 'feedback' },
    })
    expect(challenge.parameters.nonce).toMatch(/^[0-9a-f]{32}$/)
    expect(challenge.parameters.keyPrefix).toMatch(/^[0-9a-f]{32}$/)
    expect(challenge.parameters.keySignature).toBeUndefined()
    expect(challenge.parameters.expiresAt! - before).toBeGreaterThanOrEqual(20 * 60 - 1)
    expect(challenge.parameters.expiresAt! - before).toBeLessThanOrEqual(20 * 60 + 1)
  })

  it('needs a counter within the configured range', async () => {
    const solution = await solve(await freshChallenge())
    expect(solution.counter).toBeGreaterThanOrEqual(FEEDBACK_POW.counterMin)
    expect(solution.counter).toBeLessThanOrEqual(FEEDBACK_POW.counterMax)
  })
})

describe('verifyFeedbackSolution', () => {
  let payload: string
  beforeAll(async () => {
    payload = await solvedPayload()
  })

  it('accepts a solved challenge once, then refuses it as a replay', async () => {
    expect(await verifyFeedbackSolution(payload)).toEqual({ verified: true })
    expect(await verifyFeedbackSolution(payload)).toEqual({ verified: false, reason: 'replayed' })
  })

  it('accepts only one of two concurrent posts of the same payload', async () => {
    const fresh = await solvedPayload()
    const results = await Promise.all([verifyFeedbackSolution(fresh), verifyFeedbackSolution(fresh)])
    expect(results.filter((r) => r.verified)).toHaveLength(1)
    expect(results.find((r) => !r.verified)?.reason).toBe('replayed')
  })

  it('refuses a tampered counter', async () => {
    const { challenge, solution } = decode(await solvedPayload())
    expect(await verifyFeedbackSolution(widgetPayload(challenge, { ...solution, counter: solution.counter + 1 }))).toEqual({
      verified: false,
      reason: 'invalid-solution',
    })
  })

  it('refuses a tampered derived key', async () => {
    const { challenge, solution } = decode(await solvedPayload())
    const flipped = (solution.derivedKey[0] === '0' ? '1' : '0') + solution.derivedKey.slice(1)
    expect(await verifyFeedbackSolution(widgetPayload(challenge, { ...solution, derivedKey: flipped }))).toMatchObject({
      verified: false,
      reason: 'invalid-solution',
    })
  })

  it('refuses a tampered signature', async () => {
    const { challenge, solution } = decode(await solvedPayload())
    const signature = (challenge.signature![0] === 'a' ? 'b' : 'a') + challenge.signature!.slice(1)
    expect(await verifyFeedbackSolution(widgetPayload({ ...challenge, signature }, solution))).toEqual({
      verified: false,
      reason: 'invalid-signature',
    })
  })

  it('refuses tampered parameters (an easier cost, a later expiry)', async () => {
    const { challenge, solution } = decode(await solvedPayload())
    const easier = { ...challenge, parameters: { ...challenge.parameters, cost: 1 } }
    expect(await verifyFeedbackSolution(widgetPayload(easier, solution))).toMatchObject({ verified: false, reason: 'invalid-signature' })
    const later = { ...challenge, parameters: { ...challenge.parameters, expiresAt: challenge.parameters.expiresAt! + 3600 } }
    expect(await verifyFeedbackSolution(widgetPayload(later, solution))).toMatchObject({ verified: false, reason: 'invalid-signature' })
  })

  it('refuses an unsigned challenge', async () => {
    const { challenge, solution } = decode(await solvedPayload())
    const unsigned = btoa(JSON.stringify({ challenge: { parameters: challenge.parameters }, solution }))
    expect(await verifyFeedbackSolution(unsigned)).toMatchObject({ verified: false, reason: 'malformed-payload' })
  })

  it('refuses a challenge signed with another key', async () => {
    process.env.ALTCHA_HMAC_KEY = 'a-different-key'
    const foreign = await solvedPayload()
    delete process.env.ALTCHA_HMAC_KEY
    expect(await verifyFeedbackSolution(foreign)).toEqual({ verified: false, reason: 'invalid-signature' })
  })

  it('uses ALTCHA_HMAC_KEY when it is set', async () => {
    process.env.ALTCHA_HMAC_KEY = 'configured-key'
    expect(await verifyFeedbackSolution(await solvedPayload())).toEqual({ verified: true })
  })

  it('refuses a solution posted after the challenge expired', async () => {
    const late = await solvedPayload()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + (FEEDBACK_POW.ttlSeconds + 60) * 1000)
    expect(await verifyFeedbackSolution(late)).toEqual({ verified: false, reason: 'expired' })
  })

  it('accepts a solution posted just before expiry', async () => {
    const slow = await solvedPayload()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + (FEEDBACK_POW.ttlSeconds - 60) * 1000)
    expect(await verifyFeedbackSolution(slow)).toEqual({ verified: true })
  })

  it.each([
    ['undefined', undefined, 'missing'],
    ['null', null, 'missing'],
    ['an empty string', '', 'missing'],
    ['a number', 42, 'not-a-string'],
    ['an object', { challenge: {}, solution: {} }, 'not-a-string'],
    ['"abc"', 'abc', 'malformed-base64'],
    ['not base64', '!!!!', 'malformed-base64'],
    ['base64 of text', btoa('not json'), 'malformed-json'],
    ['base64 of {}', btoa('{}'), 'malformed-payload'],
    ['base64 of null', btoa('null'), 'malformed-payload'],
    ['base64 of []', btoa('[]'), 'malformed-payload'],
    ['the widget test-mode payload', btoa(JSON.stringify({ challenge: null, solution: null, test: true })), 'malformed-payload'],
    ['a v1 payload', btoa(JSON.stringify({ algorithm: 'SHA-256', challenge: 'ab', number: 1, salt: 's', signature: 'x', took: 1 })), 'malformed-payload'],
    ['an oversized string', 'A'.repeat(100_000), 'too-long'],
  ])('refuses %s without throwing', async (_label, input, reason) => {
    await expect(verifyFeedbackSolution(input)).resolves.toEqual({ verified: false, reason })
  })

  it('refuses parameters of the wrong types without throwing', async () => {
    const { challenge } = decode(await solvedPayload())
    const odd = btoa(
      JSON.stringify({
        challenge: { parameters: { ...challenge.parameters, nonce: 'zz', expiresAt: 'never' }, signature: challenge.signature },
        solution: { counter: -1.5, derivedKey: 'xyz' },
      }),
    )
    await expect(verifyFeedbackSolution(odd)).resolves.toMatchObject({ verified: false })
  })
})

describe('GET /feedback-challenge', () => {
  it('returns a fresh challenge as JSON, never cached', async () => {
    const { GET, dynamic } = await import('@/app/(frontend)/feedback-challenge/route')
    expect(dynamic).toBe('force-dynamic')
    const [first, second] = await Promise.all([GET(), GET()])
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-store')
    expect(first.headers.get('content-type')).toContain('application/json')
    const a = (await first.json()) as Challenge
    const b = (await second.json()) as Challenge
    expect(a.parameters.algorithm).toBe('PBKDF2/SHA-256')
    expect(a.signature).not.toBe(b.signature)
    // What the widget fetched, solved and posted is accepted.
    expect(await verifyFeedbackSolution(widgetPayload(a, await solve(a)))).toEqual({ verified: true })
  })
})
