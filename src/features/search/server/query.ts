import config from '@payload-config'
import { getPayload, type Where } from 'payload'
import { CANDIDATE_LIMIT, excerptAround, expandQuery, isSearchType, queryTokens, relevanceScore, SEARCH_TYPES, sectionWeighted, type SearchType } from '@/features/search/rules'
import { newestMatches, sectionCounts } from './fulltext-match'
import { readSynonyms } from './synonyms'
import { suggestionsFor } from './suggestions'
import { toSimplified } from './simplified'

export const RESULTS_PER_PAGE = 10
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
  /** Pages per section; counted up to CANDIDATE_LIMIT + 1 when the query is broad (see countsCapped). */
  countsByType: Record<SearchType, number>
  /** Sections whose count stopped at the cap: shown as "400 条以上". */
  countsCapped: Record<SearchType, boolean>
  /** More pages hold the query than were ranked (the newest CANDIDATE_LIMIT of them were). */
  capped: boolean
}

export type SearchOptions = {
  type?: string
  page?: number
  /**
   * How pages holding the query are found: through the database's full-text index (the default,
   * falling back to the scan when the index cannot answer), or by the token scan alone (kept as
   * that fallback; tests and the benchmark compare the two).
   */
  match?: 'index' | 'scan'
}

/**
 * Site search for a visitor (overrideAccess: false, no user). Every token of the query must be
 * in the document (whole tokens, see indexedTokenText); the database's full-text index narrows to
 * the newest CANDIDATE_LIMIT pages, relevance (rules/rank.ts) orders them here.
 */
export async function searchSite(rawQuery: string, options: SearchOptions = {}): Promise<SearchResult> {
  const query = toSimplified(rawQuery.normalize('NFKC').trim().slice(0, 100))
  const tokens = queryTokens(query)
  const perType = <T,>(value: T) => Object.fromEntries(SEARCH_TYPES.map((type) => [type.value, value])) as Record<SearchType, T>
  let countsByType = perType(0)
  const countsCapped = perType(false)
  const page = Math.max(1, Math.min(options.page ?? 1, 100))
  const empty: SearchResult = { query, tokens, alsoSearched: [], suggestions: [], hits: [], total: 0, page, totalPages: 0, countsByType, countsCapped, capped: false }
  if (tokens.length === 0) return empty

  const payload = await getPayload({ config })
  /** The newest pages holding all (or any) of the tokens, in one section or all, as a visitor may see them. */
  const candidates = async (tokens: string[], mode: 'all' | 'any', section?: SearchType) => {
    const holds = tokens.map((token) => ({ tokens: { contains: ` ${token} ` } }))
    const where: Where[] = [mode === 'all' ? { and: holds } : { or: holds }]
    if (section) where.push({ type: { equals: section } })
    if (options.match !== 'scan') {
      const ids = await newestMatches(payload, mode === 'all' ? [tokens] : tokens.map((token) => [token]), { type: section })
      // The index chose the pages; the same conditions are checked on them, so a page is found
      // exactly when the scan would find it.
      if (ids?.length === 0) return { docs: [] }
      if (ids) where.push({ id: { in: ids } })
    }
    return payload.find({
      collection: 'search-documents',
      where: { and: where },
      sort: '-publishedAt',
      limit: CANDIDATE_LIMIT,
      depth: 0,
      pagination: false,
      select: { type: true, url: true, title: true, body: true, publishedAt: true },
      overrideAccess: false,
      user: null,
    })
  }
  // The query as typed, and as the synonym list reads it; a page is ranked by its best reading.
  const alternatives = expandQuery(query, await readSynonyms(payload)).map((alternative) => ({ ...alternative, tokens: queryTokens(alternative.query) }))
  type Candidate = Awaited<ReturnType<typeof candidates>>['docs'][number]
  // A page holding the whole of a reading comes before any page holding only part of one, then
  // by score (section-weighted): a guide that lacks 晚间 does not push out the reply about it.
  const gather = async (section?: SearchType) => {
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
      const found = await candidates(alternative.tokens, 'all', section)
      capped ||= found.docs.length >= CANDIDATE_LIMIT
      fullMatches += found.docs.length
      for (const doc of found.docs) consider(doc, alternative.query, true)
      // Few pages hold every pair of the query (孕前检查 vs 孕前优生健康检查): also consider pages
      // holding most of them, after the full matches.
      if (found.docs.length < FEW && alternative.tokens.length > 1) {
        const seen = new Set(found.docs.map((doc) => doc.id))
        const partial = await candidates(alternative.tokens, 'any', section)
        for (const doc of partial.docs) if (!seen.has(doc.id) && sharesMost(alternative.tokens, doc.title + doc.body)) consider(doc, alternative.query, false)
      }
      if (alternative.via && found.docs.length > 0) alsoSearched.push(alternative.via)
    }
    return { best, capped, fullMatches, alsoSearched }
  }
  const all = await gather()
  const { capped, fullMatches, alsoSearched } = all
  let { best } = all
  const type = isSearchType(options.type) ? options.type : undefined
  if (!capped) for (const { doc } of best.values()) countsByType[doc.type as SearchType] += 1
  else {
    // Too many pages to rank them all: the newest were. Each section is counted up to the cap,
    // and a section asked for is ranked from its own newest pages.
    countsByType = await sectionCounts(payload, alternatives.filter((a) => a.tokens.length > 0).map((a) => a.tokens))
    for (const { value } of SEARCH_TYPES) {
      countsCapped[value] = countsByType[value] > CANDIDATE_LIMIT
      countsByType[value] = Math.min(countsByType[value], CANDIDATE_LIMIT)
    }
    if (type) best = (await gather(type)).best
  }
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
    countsCapped,
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
