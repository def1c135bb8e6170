// Next.js incremental cache handler for several instances (next.config.mjs sets it only when
// REDIS_URL is set). Pages, route responses and unstable_cache data stay where Next keeps them
// on each instance (the build's prerendered files, then disk and memory), so start-up, the build
// and a Redis outage behave as with one instance. What is shared is *when each tag was
// revalidated*: revalidatePath('/hans/policies/x') on instance A expires the implicit tag
// `_N_T_/hans/policies/x` in Redis, and every instance, before serving a cached entry, compares
// the entry's tags with those times and renders afresh when one is newer than the entry.
import fs from 'node:fs'
import path from 'node:path'
import { areTagsExpired, CACHE_TAGS_HEADER, FileSystemCache, tagsManifest } from './next-internals.mjs'
import { createSharedTags } from './shared-tags.mjs'

/** One Redis connection per process, whatever the number of handler instances (one per request). */
let shared

function sharedTags(ctx) {
  if (shared !== undefined) return shared
  const url = process.env.REDIS_URL
  // The build needs no Redis: nothing has been revalidated yet.
  shared =
    url && !ctx.dev && process.env.NEXT_PHASE !== 'phase-production-build'
      ? createSharedTags({ url, prefix: keyPrefix(ctx.serverDistDir) })
      : null
  return shared
}

/** CACHE_KEY_PREFIX, or one per build so two deployments sharing a Redis never mix. */
export function keyPrefix(serverDistDir, env = process.env) {
  if (env.CACHE_KEY_PREFIX) return env.CACHE_KEY_PREFIX
  let buildId = 'unknown-build'
  try {
    buildId = fs.readFileSync(path.join(serverDistDir ?? '', '..', 'BUILD_ID'), 'utf8').trim()
  } catch {}
  return `site-cache:${buildId}:`
}

/** The tags an entry answers to: a page's or route's from its headers, cached data's from the call. */
function tagsOf(entry, ctx) {
  const value = entry.value
  if (value?.kind === 'FETCH') return [...(ctx.tags ?? []), ...(ctx.softTags ?? [])]
  const header = value?.headers?.[CACHE_TAGS_HEADER]
  return typeof header === 'string' && header ? header.split(',') : []
}

/** Takes the shared times into this process's tag manifest, where Next's own checks see them too. */
function adopt(times) {
  for (const [tag, remote] of times) {
    const local = tagsManifest.get(tag) ?? {}
    tagsManifest.set(tag, {
      ...local,
      ...(remote.stale !== undefined && { stale: Math.max(local.stale ?? 0, remote.stale) }),
      ...(remote.expired !== undefined && { expired: Math.max(local.expired ?? 0, remote.expired) }),
    })
  }
}

export default class SharedTagsCacheHandler {
  constructor(ctx) {
    this.local = new FileSystemCache(ctx)
    this.shared = sharedTags(ctx)
  }

  async get(key, ctx) {
    const entry = await this.local.get(key, ctx)
    if (!entry || !this.shared) return entry
    const tags = tagsOf(entry, ctx)
    if (tags.length === 0) return entry
    const times = await this.shared.read(tags)
    if (!times) return entry
    adopt(times)
    return areTagsExpired(tags, entry.lastModified) ? null : entry
  }

  set(key, data, ctx) {
    return this.local.set(key, data, ctx)
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    await this.local.revalidateTag(list, durations)
    if (!this.shared || list.length === 0) return
    const now = Date.now()
    await this.shared.record(
      list.map((tag) => {
        const { stale, expired } = tagsManifest.get(tag) ?? {}
        // An expiry set in the future (revalidateTag with a cache-life profile) travels as
        // "stale": the other instances serve the entry once more while they render it again.
        return expired !== undefined && expired > now ? { tag, stale: stale ?? now } : { tag, stale, expired }
      }),
    )
  }

  resetRequestCache() {
    this.local.resetRequestCache()
  }
}
