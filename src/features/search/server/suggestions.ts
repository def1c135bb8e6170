import type { Payload } from 'payload'
import { suggestCorrections } from '@/features/search/rules'

/** Titles looked at for "您是不是要找": the newest published pages (titles only). */
const TITLE_LIMIT = 2000

/** The query with a likely typo corrected, from the site's own titles; [] when none is close. */
export async function suggestionsFor(payload: Payload, query: string): Promise<string[]> {
  const found = await payload.find({
    collection: 'search-documents',
    sort: '-publishedAt',
    limit: TITLE_LIMIT,
    depth: 0,
    pagination: false,
    select: { title: true },
    overrideAccess: false,
    user: null,
  })
  return suggestCorrections(query, [...new Set(found.docs.map((doc) => doc.title))])
}
