/**
 * Self-hosted proof of work for the public feedback form (server only: node:crypto, secrets).
 *
 * Protocol: ALTCHA v2 as spoken by the `altcha` 3.x widget and `altcha-lib` 2.x. The widget GETs a
 * challenge `{ parameters, signature }`, brute-forces a counter in Web Workers and posts the hidden
 * field `altcha` = base64(JSON `{ challenge: { parameters, signature }, solution: { counter,
 * derivedKey, time } }`).
 *
 * Difficulty: PBKDF2/SHA-256 with 1 000 iterations per attempt, "deterministic" mode: the server
 * picks the answer uniformly in 400..1 600 and publishes only the first 16 bytes of its derived key,
 * so the solver needs exactly counter + 1 derivations (about 1 000 on average, never more than
 * 1 601), split across the widget's workers. Measured with altcha-lib's solveChallenge on one Node 20
 * thread of the development machine: 0.35–0.9 s on average, 1.6 s at most; a phone with 4 workers
 * should land around 0.5–2 s including the widget's 500 ms minimum. Tune with FEEDBACK_POW.
 *
 * Expiry: `parameters.expiresAt` (Unix seconds, issue time + 20 minutes) is part of the signed
 * parameters, so it cannot be extended; altcha-lib refuses it afterwards and the widget shows
 * "expired" on the client.
 *
 * Replay: a verified challenge's signature is remembered until it expires and refused a second time.
 * The memory is a bounded map in THIS process: with several instances behind a load balancer each
 * one remembers only what it verified itself, so one solution could be accepted once per instance
 * within its 20 minutes (a shared store such as Redis SET NX EX would close that).
 */
import { createHmac } from 'node:crypto'
import { CappedMap, createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import { payloadSecret } from './payload-secret'

export const FEEDBACK_POW = {
  /** Runs on WebCrypto in the browser (no WebAssembly, so no 'wasm-unsafe-eval' in the CSP). */
  algorithm: 'PBKDF2/SHA-256',
  /** PBKDF2 iterations per attempt. */
  cost: 1_000,
  /** The secret answer is drawn uniformly from this range (inclusive). */
  counterMin: 400,
  counterMax: 1_600,
  /** A form may be filled in slowly. */
  ttlSeconds: 20 * 60,
  /** Signed into the challenge so a challenge issued for another purpose with the same key is refused. */
  scope: 'feedback',
  /** Remembered verified challenges per process (the site-wide limit is 300 posts per 10 minutes). */
  replayMemory: 10_000,
  /** The widget's payload is under 1 kB; anything much larger is not one. */
  maxPayloadLength: 8_192,
} as const

export type FeedbackProofReason =
  | 'missing'
  | 'not-a-string'
  | 'too-long'
  | 'malformed-base64'
  | 'malformed-json'
  | 'malformed-payload'
  | 'expired'
  | 'invalid-signature'
  | 'invalid-solution'
  | 'wrong-scope'
  | 'replayed'
  | 'not-configured'
  | 'error'

export type FeedbackProofResult = { verified: boolean; reason?: FeedbackProofReason }

/**
 * ALTCHA_HMAC_KEY when set; otherwise HMAC-SHA256(PAYLOAD_SECRET, 'altcha'), so nothing extra has
 * to be configured and the Payload secret itself is never used directly as an ALTCHA key.
 * Read on every call (cheap) so a changed environment takes effect without a restart in tests.
 */
function hmacSecret(): string {
  const explicit = process.env.ALTCHA_HMAC_KEY?.trim()
  if (explicit) return explicit
  return createHmac('sha256', payloadSecret()).update('altcha').digest('hex')
}

/** Signatures of verified challenges → their expiresAt (seconds); insertion order ≈ expiry order. */
const used = new CappedMap<string, number>({ maxSize: FEEDBACK_POW.replayMemory })

function forgetExpired(nowSeconds: number) {
  // Same comparison as altcha-lib's expiry check: once dropped, the challenge is refused as expired.
  for (const [signature, expiresAt] of used) {
    if (!(expiresAt < nowSeconds)) break
    used.delete(signature)
  }
}

/** A new signed challenge, as JSON for the widget (`GET /feedback-challenge`). Throws if no secret. */
export async function createFeedbackChallenge(): Promise<Challenge> {
  return createChallenge({
    algorithm: FEEDBACK_POW.algorithm,
    cost: FEEDBACK_POW.cost,
    counter: randomInt(FEEDBACK_POW.counterMax, FEEDBACK_POW.counterMin),
    deriveKey,
    expiresAt: Math.floor(Date.now() / 1000) + FEEDBACK_POW.ttlSeconds,
    data: { scope: FEEDBACK_POW.scope },
    hmacSignatureSecret: hmacSecret(),
  })
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
const HMAC_HEX = /^[0-9a-f]{64}$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function refused(reason: FeedbackProofReason): FeedbackProofResult {
  return { verified: false, reason }
}

async function verify(payload: unknown): Promise<FeedbackProofResult> {
  if (payload === undefined || payload === null) return refused('missing')
  if (typeof payload !== 'string') return refused('not-a-string')
  const text = payload.trim()
  if (text === '') return refused('missing')
  if (text.length > FEEDBACK_POW.maxPayloadLength) return refused('too-long')
  if (!BASE64.test(text)) return refused('malformed-base64')

  let decoded: unknown
  try {
    // The widget encodes with btoa(JSON.stringify(...)): one byte per character, i.e. latin1.
    decoded = JSON.parse(Buffer.from(text, 'base64').toString('latin1'))
  } catch {
    return refused('malformed-json')
  }
  if (!isRecord(decoded)) return refused('malformed-payload')
  const { challenge, solution } = decoded
  if (
    !isRecord(challenge) ||
    !isRecord(challenge.parameters) ||
    typeof challenge.signature !== 'string' ||
    !HMAC_HEX.test(challenge.signature) ||
    !isRecord(solution) ||
    typeof solution.counter !== 'number' ||
    typeof solution.derivedKey !== 'string'
  ) {
    return refused('malformed-payload')
  }
  const signature = challenge.signature
  if (used.has(signature)) return refused('replayed')

  let secret: string
  try {
    secret = hmacSecret()
  } catch {
    return refused('not-configured')
  }

  const parameters = challenge.parameters as unknown as Challenge['parameters']
  // Checks, in order: expiry, the HMAC over the canonical parameters, then re-derives the key from
  // the submitted counter and compares it with the submitted key and the signed prefix.
  const result = await verifySolution({
    challenge: { parameters, signature },
    solution: { counter: solution.counter, derivedKey: solution.derivedKey },
    deriveKey,
    hmacSignatureSecret: secret,
  })
  if (!result.verified) {
    if (result.expired) return refused('expired')
    if (result.invalidSignature) return refused('invalid-signature')
    return refused('invalid-solution')
  }
  // Signed with our key, but it must also be one of ours for this form and carry an expiry.
  if (
    parameters.algorithm !== FEEDBACK_POW.algorithm ||
    typeof parameters.expiresAt !== 'number' ||
    parameters.data?.scope !== FEEDBACK_POW.scope
  ) {
    return refused('wrong-scope')
  }

  forgetExpired(Date.now() / 1000)
  // Synchronous check-and-set: of two concurrent posts of the same payload only one gets through.
  if (!used.setIfAbsent(signature, parameters.expiresAt)) return refused('replayed')
  return { verified: true }
}

/**
 * Checks the `altcha` form field. Never throws: anything but a fresh, correctly solved challenge
 * signed by this site gives `{ verified: false, reason }` (the caller sends the message to moderation).
 */
export async function verifyFeedbackSolution(payload: unknown): Promise<FeedbackProofResult> {
  try {
    return await verify(payload)
  } catch {
    return refused('error')
  }
}
