import type { GlobalAfterChangeHook } from 'payload'
import { revalidateSafely } from '@/platform/cache/revalidateSafely'

/** Header and footer appear on every page, so a settings change refreshes the whole site. */
export const revalidateSiteShell: GlobalAfterChangeHook = ({ doc, req }) => {
  if (!req.context.disableRevalidate) revalidateSafely({ layoutPath: '/' }, req.payload.logger)
  return doc
}
