import { unstable_cache } from 'next/cache.js'
import { nextIncrementalCache } from './next-incremental-cache'
import type { VisitorDataSource } from './visitor-data-sources'

/** The tag of what visitors read from one collection or global; expired when staff change it. */
export const visitorDataTag = (slug: string) => `visitor-data:${slug}`

// A missed expiry (a change made straight in the database) lasts at most this long.
const BACKSTOP_SECONDS = 600

type Options<A extends unknown[], R> = {
  /**
   * Which calls are worth keeping: the arguments come from addresses anyone can type, so a loader
   * keeps only what a known set bounds (a published page's slug, the first numbered pages),
   * otherwise random addresses would fill the cache. Unkept calls run as if uncached.
   */
  keep?: (result: R, ...args: A) => boolean
}

/** Carries an unkept result out of unstable_cache, which stores whatever its callback returns. */
class NotKept<R> {
  constructor(readonly result: R) {}
}

/**
 * Data that public pages read as an anonymous visitor, kept by Next's data cache (through the
 * shared cache handler when there are several instances) until staff change one of the
 * collections or globals it `reads`, or for ten minutes at most. Pages keep rendering per request
 * (their CSP nonce); only what they read is shared between requests. The arguments are part of
 * the key, so they must be plain values (strings, numbers, plain objects), never a Date or a user.
 * Outside a Next server (seeds, CLIs, tests through the local API) the loader simply runs.
 */
export function cachedForVisitors<A extends unknown[], R>(
  name: string,
  reads: readonly VisitorDataSource[],
  load: (...args: A) => Promise<R>,
  { keep }: Options<A, R> = {},
) {
  const loadKept = async (...args: A): Promise<R> => {
    const result = await load(...args)
    if (keep && !keep(result, ...args)) throw new NotKept(result)
    return result
  }
  const cached = unstable_cache(loadKept, ['visitor-data', name], { tags: reads.map(visitorDataTag), revalidate: BACKSTOP_SECONDS })
  return async (...args: A): Promise<R> => {
    if (!nextIncrementalCache()) return load(...args)
    try {
      return await cached(...args)
    } catch (error) {
      if (error instanceof NotKept) return error.result as R
      throw error
    }
  }
}
