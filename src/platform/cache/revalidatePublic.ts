import { SCRIPTS } from '@/platform/site-shell/chinese-script'
import { revalidateSafely } from './revalidateSafely'

type Logger = { warn: (msg: string) => void }

/**
 * Public pages exist once per script (/hans/…, /hant/…) behind the proxy's rewrite; a change
 * refreshes both. Feeds and the sitemap are plain routes and are refreshed as they are.
 */
export function revalidatePublicPages(pages: string[], logger: Logger, routes: string[] = []) {
  for (const page of new Set(pages)) {
    for (const script of SCRIPTS) revalidateSafely({ path: `/${script}${page === '/' ? '' : page}` }, logger)
  }
  for (const route of new Set(routes)) revalidateSafely({ path: route }, logger)
}
