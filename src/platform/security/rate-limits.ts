import Redis from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

/**
 * Per-address limits on what residents send, shared through Redis when REDIS_URL is set (so
 * every instance counts together), in this process's memory otherwise. A site-wide ceiling
 * stops a flood that rotates addresses.
 */
const fromEnv = (name: string, fallback: number) => Number(process.env[name]) || fallback

export const LIMITS = {
  submit: { points: fromEnv('RATE_LIMIT_SUBMIT_PER_ADDRESS', 5), duration: 10 * 60 },
  submitSiteWide: { points: fromEnv('RATE_LIMIT_SUBMIT_SITE_WIDE', 300), duration: 10 * 60 },
  track: { points: fromEnv('RATE_LIMIT_TRACK_PER_ADDRESS', 20), duration: 10 * 60 },
  // Look-ups from rotating addresses: 240 in 5 seconds went through before this ceiling.
  trackSiteWide: { points: fromEnv('RATE_LIMIT_TRACK_SITE_WIDE', 600), duration: 10 * 60 },
  // 网站找错: the same allowance as messages, counted on its own so one form never uses up the other.
  errorReport: { points: fromEnv('RATE_LIMIT_ERROR_REPORT_PER_ADDRESS', 5), duration: 10 * 60 },
  errorReportSiteWide: { points: fromEnv('RATE_LIMIT_ERROR_REPORT_SITE_WIDE', 300), duration: 10 * 60 },
  passwordReset: { points: fromEnv('RATE_LIMIT_PASSWORD_RESET', 3), duration: 15 * 60 },
  // Each subscribe request sends a confirmation e-mail to the address typed.
  subscribe: { points: fromEnv('RATE_LIMIT_SUBSCRIBE_PER_ADDRESS', 5), duration: 60 * 60 },
  subscribeSiteWide: { points: fromEnv('RATE_LIMIT_SUBSCRIBE_SITE_WIDE', 200), duration: 60 * 60 },
  // "这个页面对您有帮助吗？" answers, per reader's address.
  usefulness: { points: fromEnv('RATE_LIMIT_USEFULNESS_PER_ADDRESS', 20), duration: 60 * 60 },
}

export type LimitName = keyof typeof LIMITS

let redis: Redis | null | undefined

function redisClient(): Redis | null {
  if (redis !== undefined) return redis
  const url = process.env.REDIS_URL
  redis = url ? new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : null
  redis?.on('error', () => {})
  return redis
}

/**
 * One set of counters per process, on globalThis: Next bundles the proxy (src/proxy.ts, which
 * checks the message form's limits) apart from the form's action (which counts a well-formed
 * message), and each bundle has its own copy of this module.
 */
const LIMITERS_KEY = Symbol.for('site.rateLimiters')
const shared = globalThis as unknown as Record<symbol, Map<LimitName, RateLimiterAbstract> | undefined>
const limiters = (shared[LIMITERS_KEY] ??= new Map<LimitName, RateLimiterAbstract>())

function limiter(name: LimitName): RateLimiterAbstract {
  let found = limiters.get(name)
  if (!found) {
    const options = { keyPrefix: `rl:${name}`, ...LIMITS[name] }
    const client = redisClient()
    // If Redis is unreachable the memory limiter takes over instead of letting everything through.
    found = client
      ? new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options)
    limiters.set(name, found)
  }
  return found
}

/** Counts one attempt; returns the seconds to wait when over the limit, or 0 when allowed. */
export async function consume(name: LimitName, key: string): Promise<number> {
  try {
    await limiter(name).consume(key)
    return 0
  } catch (result) {
    if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000))
    return 0
  }
}

/**
 * The seconds to wait before `key` may try again, without counting an attempt: for refusing early
 * what `consume` would refuse later (a form post is counted only once it is well-formed).
 */
export async function waitFor(name: LimitName, key: string): Promise<number> {
  try {
    const state = await limiter(name).get(key)
    if (!state || state.consumedPoints < LIMITS[name].points) return 0
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000))
  } catch {
    return 0
  }
}

/** Test hook: forget all counts (memory limiters only). */
export function resetRateLimits() {
  limiters.clear()
}
