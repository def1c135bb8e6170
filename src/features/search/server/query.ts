import config from '@payload-config'
import { getPayload, type Where } from 'payload'
import { byRelevance, excerptAround, isSearchType, queryTokens, SEARCH_TYPES, type SearchType } from '@/features/search/rules'
import { toSimplified } from './simplified'

export const RESULTS_PER_PAGE = 10
/** Matches considered for ranking; beyond this a query is too broad to rank usefully. */
const CANDIDATE_LIMIT = 400
/** Fewer full matches than this, and pages holding most of the query's pairs are added. */
const FEW = 3

function sharesMost(tokens: string[], text: string) {
  const held = tokens.filter((token) => text.includes(token)).length
  return held * 2 >= tokens.length
}

export type SearchHit = { id: number | string; type: SearchType; url: string; title: string; excerpt: string; publishedAt?: string | null }
export type SearchResult = {
  query: string
  tokens: string[]
  hits: SearchHit[]
  total: number
  page: number
  totalPages: number
  countsByType: Record<SearchType, number>
  capped: boolean
}

/**
 * Site search for a visitor (overrideAccess: false, no user). Every token of the query must be
 * in the document (whole tokens, see indexedTokenText); the database narrows, relevance orders.
 */
export async function searchSite(rawQuery: string, options: { type?: string; page?: number } = {}): Promise<SearchResult> {
  const query = toSimplified(rawQuery.normalize('NFKC').trim().slice(0, 100))
  const tokens = queryTokens(query)
  const countsByType = Object.fromEntries(SEARCH_TYPES.map(({ value }) => [value, 0])) as Record<SearchType, number>
  const page = Math.max(1, Math.min(options.page ?? 1, 100))
  const empty: SearchResult = { query, tokens, hits: [], total: 0, page, totalPages: 0, countsByType, capped: false }
  if (tokens.length === 0) return empty

  const payload = await getPayload({ config })
  const candidates = (where: Where) =>
    payload.find({
      collection: 'search-documents',
      where,
      sort: '-publishedAt',
      limit: CANDIDATE_LIMIT,
      depth: 0,
      pagination: false,
      select: { type: true, url: true, title: true, body: true, publishedAt: true },
      overrideAccess: false,
      user: null,
    })
  const matches = tokens.map((token) => ({ tokens: { contains: ` ${token} ` } }))
  const found = await candidates({ and: matches })
  // Few pages hold every pair of the query (孕前检查 vs 孕前优生健康检查): also consider pages
  // holding some of them; relevance puts the full matches first.
  if (found.docs.length < FEW && tokens.length > 1) {
    const seen = new Set(found.docs.map((doc) => doc.id))
    const partial = await candidates({ or: matches })
    for (const doc of partial.docs) if (!seen.has(doc.id) && sharesMost(tokens, doc.title + doc.body)) found.docs.push(doc)
  }
  for (const doc of found.docs) countsByType[doc.type as SearchType] += 1
  const type = isSearchType(options.type) ? options.type : undefined
  const ranked = byRelevance(query, found.docs.filter((doc) => !type || doc.type === type).map((doc) => ({ ...doc, body: doc.body ?? '' })))
  const start = (page - 1) * RESULTS_PER_PAGE
  return {
    query,
    tokens,
    total: ranked.length,
    page,
    totalPages: Math.ceil(ranked.length / RESULTS_PER_PAGE),
    countsByType,
    capped: found.docs.length >= CANDIDATE_LIMIT,
    hits: ranked.slice(start, start + RESULTS_PER_PAGE).map((doc) => ({
      id: doc.id,
      type: doc.type as SearchType,
      url: doc.url,
      title: doc.title,
      excerpt: excerptAround(doc.body, query),
      publishedAt: doc.publishedAt,
    })),
  }
}
