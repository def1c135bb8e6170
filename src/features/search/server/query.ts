import config from '@payload-config'
import { getPayload, type Where } from 'payload'
import { excerptAround, expandQuery, isSearchType, queryTokens, relevanceScore, SEARCH_TYPES, sectionWeighted, type SearchType } from '@/features/search/rules'
import { readSynonyms } from './synonyms'
import { suggestionsFor } from './suggestions'
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

export type SearchHit = {
  id: number | string
  type: SearchType
  url: string
  title: string
  excerpt: string
  publishedAt?: string | null
  /** The reading of the query this page matched best (what to mark in it). */
  reading: string
}
export type SearchResult = {
  query: string
  tokens: string[]
  /** Other readings searched too (准生证 → 生育登记), said above the results. */
  alsoSearched: { typed: string; means: string }[]
  /** "您是不是要找": when no page holds the whole query, the query with a likely typo corrected. */
  suggestions: string[]
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
  const empty: SearchResult = { query, tokens, alsoSearched: [], suggestions: [], hits: [], total: 0, page, totalPages: 0, countsByType, capped: false }
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
  // The query as typed, and as the synonym list reads it; a page is ranked by its best reading.
  const alternatives = expandQuery(query, await readSynonyms(payload)).map((alternative) => ({ ...alternative, tokens: queryTokens(alternative.query) }))
  type Candidate = Awaited<ReturnType<typeof candidates>>['docs'][number]
  // A page holding the whole of a reading comes before any page holding only part of one, then
  // by score (section-weighted): a guide that lacks 晚间 does not push out the reply about it.
  const best = new Map<Candidate['id'], { doc: Candidate; full: boolean; score: number; reading: string }>()
  const consider = (doc: Candidate, reading: string, full: boolean) => {
    const score = sectionWeighted(relevanceScore(reading, { ...doc, body: doc.body ?? '' }), doc.type as SearchType)
    const held = best.get(doc.id)
    if (!held || Number(full) - Number(held.full) > 0 || (full === held.full && score > held.score)) best.set(doc.id, { doc, full, score, reading })
  }
  let capped = false
  let fullMatches = 0
  const alsoSearched: SearchResult['alsoSearched'] = []
  for (const alternative of alternatives) {
    if (alternative.tokens.length === 0) continue
    const matches = alternative.tokens.map((token) => ({ tokens: { contains: ` ${token} ` } }))
    const found = await candidates({ and: matches })
    capped ||= found.docs.length >= CANDIDATE_LIMIT
    fullMatches += found.docs.length
    for (const doc of found.docs) consider(doc, alternative.query, true)
    // Few pages hold every pair of the query (孕前检查 vs 孕前优生健康检查): also consider pages
    // holding most of them, after the full matches.
    if (found.docs.length < FEW && alternative.tokens.length > 1) {
      const seen = new Set(found.docs.map((doc) => doc.id))
      const partial = await candidates({ or: matches })
      for (const doc of partial.docs) if (!seen.has(doc.id) && sharesMost(alternative.tokens, doc.title + doc.body)) consider(doc, alternative.query, false)
    }
    if (alternative.via && found.docs.length > 0) alsoSearched.push(alternative.via)
  }
  for (const { doc } of best.values()) countsByType[doc.type as SearchType] += 1
  const type = isSearchType(options.type) ? options.type : undefined
  const ranked = [...best.values()]
    .filter(({ doc }) => !type || doc.type === type)
    .sort((a, b) => Number(b.full) - Number(a.full) || b.score - a.score || String(b.doc.publishedAt ?? '').localeCompare(String(a.doc.publishedAt ?? '')))
    .map(({ doc, reading }) => ({ ...doc, body: doc.body ?? '', reading }))
  const start = (page - 1) * RESULTS_PER_PAGE
  return {
    query,
    tokens,
    alsoSearched,
    // Nothing holds the whole query: a typo is likely, even if pages holding part of it were found.
    suggestions: fullMatches === 0 ? await suggestionsFor(payload, query) : [],
    total: ranked.length,
    page,
    totalPages: Math.ceil(ranked.length / RESULTS_PER_PAGE),
    countsByType,
    capped,
    hits: ranked.slice(start, start + RESULTS_PER_PAGE).map((doc) => ({
      id: doc.id,
      type: doc.type as SearchType,
      url: doc.url,
      title: doc.title,
      excerpt: excerptAround(doc.body, doc.reading),
      publishedAt: doc.publishedAt,
      reading: doc.reading,
    })),
  }
}
