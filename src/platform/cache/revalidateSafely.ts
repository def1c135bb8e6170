import { revalidatePath } from 'next/cache.js'

type Logger = { warn: (msg: string) => void }

/**
 * revalidatePath only works inside a running Next server; seeds and CLI imports run outside one,
 * where there is no cache to refresh, so the error is ignored there.
 */
export function revalidateSafely(target: { path?: string; layoutPath?: string }, logger: Logger) {
  try {
    if (target.layoutPath) revalidatePath(target.layoutPath, 'layout')
    if (target.path) revalidatePath(target.path)
  } catch (error) {
    if (!String(error).includes('static generation store missing')) {
      logger.warn(`revalidate skipped: ${String(error)}`)
    }
  }
}
