// When each cache tag was last revalidated, shared by every instance through Redis: two hashes,
// `<prefix>tags:expired` and `<prefix>tags:stale`, tag → epoch milliseconds. Writes only ever move
// a time forward, so instances and late retries cannot undo each other.
//
// Redis is optional at every moment: reads that fail answer "nothing known" (the instance serves
// what it has), writes that fail wait in memory and are sent when Redis is back. Either is logged
// once per outage, never thrown at a request.
import Redis from 'ioredis'

const MAX_MERGE = `
for i = 1, #ARGV, 2 do
  local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if tonumber(ARGV[i + 1]) > current then redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
return 0`

/** How long a request waits for Redis before going on without it. */
const COMMAND_TIMEOUT_MS = 500

/**
 * @param {{ url: string, prefix: string, log?: (message: string) => void }} options
 */
export function createSharedTags({ url, prefix, log = (message) => console.warn(message) }) {
  const keys = { expired: `${prefix}tags:expired`, stale: `${prefix}tags:stale` }
  /** Revalidations not yet written: field → time, per hash. */
  const pending = { expired: new Map(), stale: new Map() }
  let healthy = true

  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    // Keep trying in the background, at most every 5 s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
  })
  redis.defineCommand('maxMerge', { numberOfKeys: 1, lua: MAX_MERGE })

  function unhealthy(error) {
    if (!healthy) return
    healthy = false
    log(
      `[cache] Redis at ${redactedUrl(url)} is unreachable (${String(error?.message ?? error)}): each instance serves ` +
        'its own cache and revalidations reach the other instances once Redis is back.',
    )
  }

  function recovered() {
    if (!healthy) log('[cache] Redis is reachable again: revalidations are shared across instances.')
    healthy = true
  }

  // Commands fail at once while Redis is away (no offline queue), so a request never waits on an
  // outage; only the first connection after start-up is worth a short wait.
  const firstAnswer = new Promise((resolve) => {
    redis.once('ready', resolve)
    redis.once('error', resolve)
    setTimeout(resolve, 2000).unref()
  })
  const connected = () => (redis.status === 'ready' ? undefined : firstAnswer)

  redis.on('error', unhealthy)
  redis.on('ready', () => {
    recovered()
    void flush()
  })

  async function flush() {
    for (const kind of /** @type {const} */ (['expired', 'stale'])) {
      if (pending[kind].size === 0) continue
      const batch = [...pending[kind]]
      pending[kind].clear()
      try {
        await connected()
        await redis.maxMerge(keys[kind], ...batch.flat())
        recovered()
      } catch (error) {
        for (const [tag, time] of batch) keep(kind, tag, time)
        unhealthy(error)
      }
    }
  }

  function keep(kind, tag, time) {
    if ((pending[kind].get(tag) ?? 0) < time) pending[kind].set(tag, time)
  }

  return {
    /**
     * Records a revalidation: `expired` (blocking re-render after that time) and/or `stale`
     * (served once more while it re-renders), as Next's own tag manifest does.
     * @param {Array<{ tag: string, expired?: number, stale?: number }>} entries
     */
    async record(entries) {
      for (const { tag, expired, stale } of entries) {
        if (expired !== undefined) keep('expired', tag, expired)
        if (stale !== undefined) keep('stale', tag, stale)
      }
      await flush()
    },

    /**
     * The shared times of these tags, or null when Redis cannot say right now.
     * @param {string[]} tags
     * @returns {Promise<Map<string, { expired?: number, stale?: number }> | null>}
     */
    async read(tags) {
      if (tags.length === 0) return new Map()
      try {
        await connected()
        const [[e1, expired], [e2, stale]] = /** @type {[[Error|null, (string|null)[]], [Error|null, (string|null)[]]]} */ (
          await redis.pipeline().hmget(keys.expired, ...tags).hmget(keys.stale, ...tags).exec()
        )
        if (e1 || e2) throw e1 || e2
        const times = new Map()
        tags.forEach((tag, i) => {
          if (expired[i] === null && stale[i] === null) return
          times.set(tag, {
            ...(expired[i] !== null && { expired: Number(expired[i]) }),
            ...(stale[i] !== null && { stale: Number(stale[i]) }),
          })
        })
        recovered()
        return times
      } catch (error) {
        unhealthy(error)
        return null
      }
    },

    /** Deletes this prefix's hashes (tests). */
    async clear() {
      await redis.del(keys.expired, keys.stale)
    },

    quit: () => redis.quit(),
  }
}

function redactedUrl(url) {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'REDIS_URL'
  }
}
