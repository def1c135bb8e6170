/** The part of Next's incremental cache this folder uses (Next 16.4). */
type IncrementalCache = { revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> }

/**
 * The running Next server's incremental cache (its configured cache handler, the shared one with
 * REDIS_URL), which Next keeps on `globalThis` once it has served a request; undefined in seeds,
 * CLIs and tests that use Payload's local API without a Next server.
 */
export function nextIncrementalCache(): IncrementalCache | undefined {
  return (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache
}
