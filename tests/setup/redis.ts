import Redis from 'ioredis'

/** The Redis server our machines and CI run. */
export const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'

async function withClient<T>(work: (client: Redis) => Promise<T>): Promise<T> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    client.disconnect()
    throw new Error(`Redis is unreachable at ${REDIS_URL} (${String(error)}). Start it with: redis-server --daemonize yes --bind 127.0.0.1`)
  }
  try {
    return await work(client)
  } finally {
    client.disconnect()
  }
}

/** Fails with the command to run when Redis is down: CI must never skip these tests. */
export async function assertRedisReachable() {
  await withClient((client) => client.ping())
}

export async function redisReachable() {
  return assertRedisReachable().then(
    () => true,
    () => false,
  )
}

/** Deletes every key under a prefix (a test run's own keys). */
export async function deleteRedisKeys(prefix: string) {
  await withClient(async (client) => {
    let cursor = '0'
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500)
      if (keys.length > 0) await client.del(...keys)
      cursor = next
    } while (cursor !== '0')
  })
}

export async function redisKeys(prefix: string): Promise<string[]> {
  return withClient((client) => client.keys(`${prefix}*`))
}
