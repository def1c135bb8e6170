import { revalidatePath, revalidateTag } from 'next/cache.js'
import { nextIncrementalCache } from './next-incremental-cache'

type Logger = { warn: (msg: string) => void }
type Target = { path?: string; layoutPath?: string; tags?: string[] }

// Next's name for the tag of a page's path (revalidatePath expires `_N_T_/hans/policies/x`).
const PATH_TAG = '_N_T_'
// How long after a change made outside a request its tags are expired once more: the change's
// transaction has committed by then, so a visitor who read the old rows in between is not kept.
const AFTER_COMMIT_MS = 1000

/** The tags revalidatePath and revalidateTag would expire for `target`. */
export function tagsOfTarget({ path, layoutPath, tags = [] }: Target): string[] {
  const pathTag = (p: string) => `${PATH_TAG}${p.length > 1 ? p.replace(/\/$/, '') : p}`
  return [
    ...(layoutPath ? [`${pathTag(layoutPath)}${layoutPath.endsWith('/') ? '' : '/'}layout`] : []),
    ...(path ? [pathTag(path)] : []),
    ...tags,
  ]
}

/**
 * Expires pages, layouts and data tags, at once. Inside a request (staff saving in the admin, a desk
 * action) Next does it after the response, when the change has committed. Outside one (the job
 * worker's scheduled publication) Next's functions refuse, so the tags go straight to the server's
 * cache, now and again a second later; seeds and CLIs have no server and nothing to expire.
 */
export function revalidateSafely(target: Target, logger: Logger) {
  try {
    if (target.layoutPath) revalidatePath(target.layoutPath, 'layout')
    if (target.path) revalidatePath(target.path)
    for (const tag of target.tags ?? []) revalidateTag(tag, { expire: 0 })
  } catch (error) {
    if (String(error).includes('static generation store missing')) expireOutsideRequest(tagsOfTarget(target), logger)
    else logger.warn(`revalidate skipped: ${String(error)}`)
  }
}

function expireOutsideRequest(tags: string[], logger: Logger) {
  const cache = nextIncrementalCache()
  if (!cache || tags.length === 0) return
  const expire = () => cache.revalidateTag(tags, { expire: 0 }).catch((error) => logger.warn(`revalidate skipped: ${String(error)}`))
  void expire()
  setTimeout(expire, AFTER_COMMIT_MS).unref()
}
