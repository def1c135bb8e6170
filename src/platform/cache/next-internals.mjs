// The two pieces of Next.js (16.4) the shared cache handler builds on: its own file-system cache
// (build-time prerendered pages, each instance's rendered entries on disk and in memory) and the
// process-wide tag manifest that records when revalidatePath/revalidateTag expired a tag. The
// manifest module is "external" in Next's server bundles, so requiring it here reaches the very
// Map the server consults.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

function load(path) {
  try {
    return require(path)
  } catch (error) {
    throw new Error(
      `The shared cache handler needs ${path} from Next.js; a Next.js upgrade may have moved it (${String(error)}).`,
    )
  }
}

/** @type {new (ctx: object) => { get: Function, set: Function, revalidateTag: Function, resetRequestCache: Function }} */
export const FileSystemCache = load('next/dist/server/lib/incremental-cache/file-system-cache.js').default

/** @type {{ tagsManifest: Map<string, { stale?: number, expired?: number }>, areTagsExpired: (tags: string[], timestamp: number) => boolean }} */
export const { tagsManifest, areTagsExpired } = load('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

/** The header in which Next keeps a rendered page's or route's tags, implicit path tags included. */
export const CACHE_TAGS_HEADER = 'x-next-cache-tags'
