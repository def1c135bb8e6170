import config from '@payload-config'
import { getPayload } from 'payload'
import type { OpenDataFigures } from '@/features/open-data/rules'
import { openDataFigures } from './index'

export const OPEN_DATA_CACHE_MS = 5 * 60_000

type Cached = { computedAt: number; figures: Promise<OpenDataFigures> }
const KEY = Symbol.for('site.openDataFigures')

/**
 * The figures the page and both downloads share, computed at most every five minutes: four grouped
 * scans of a year of messages are cheap but not free, and the page, the CSV and the JSON then show
 * the very same numbers. Kept on globalThis because Next bundles each route separately; a plain
 * timed copy, not Next's data cache, whose revalidation rules could hand one route an older copy
 * than another.
 */
export function cachedOpenDataFigures(now = Date.now()): Promise<OpenDataFigures> {
  const global = globalThis as unknown as Record<symbol, Cached | undefined>
  const cached = global[KEY]
  if (cached && now - cached.computedAt < OPEN_DATA_CACHE_MS) return cached.figures
  const figures = getPayload({ config }).then((payload) => openDataFigures(payload))
  global[KEY] = { computedAt: now, figures }
  // A failed count is not kept: the next request tries again.
  figures.catch(() => {
    if (global[KEY]?.figures === figures) global[KEY] = undefined
  })
  return figures
}
