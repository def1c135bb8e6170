import { normaliseSearchText } from './normalise'
import { searchTokens } from './tokenize'
import type { SearchType } from './types'

export type RankedFields = { title: string; body: string; publishedAt?: string | null }

/**
 * Orders documents that matched every token: the whole query in the title counts most, then
 * each token in the title, then how often the tokens occur in the text; newer first on a tie.
 */
export function relevanceScore(query: string, doc: RankedFields): number {
  const phrase = normaliseSearchText(query).replace(/\s+/g, '')
  const title = normaliseSearchText(doc.title).replace(/\s+/g, '')
  const body = normaliseSearchText(doc.body)
  const tokens = [...new Set(searchTokens(query))]
  let score = 0
  if (phrase && title.includes(phrase)) score += 50
  if (phrase && title === phrase) score += 25
  for (const token of tokens) {
    if (title.includes(token)) score += 10
    score += Math.min(occurrences(body, token), 10)
  }
  return score
}

/**
 * A section's own pages before pages that merely mention a subject: the 生育登记 guide before the
 * notices that mention it, the HIV fact sheet before the
 * 24 stations whose service lists say 艾滋病检测. A station still comes first for its own name or
 * street (the title bonus outweighs the factor).
 */
const SECTION_WEIGHTS: Record<SearchType, number> = { guide: 1.4, health: 1.25, policy: 1.15, outreach: 1.1, event: 1, consultation: 1, reply: 0.9, station: 0.8 }

export function sectionWeighted(score: number, type: SearchType): number {
  return score * (SECTION_WEIGHTS[type] ?? 1)
}

function occurrences(text: string, token: string): number {
  let count = 0
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + token.length)) count += 1
  return count
}

export function byRelevance<T extends RankedFields>(query: string, docs: T[]): T[] {
  const scored = docs.map((doc) => ({ doc, score: relevanceScore(query, doc) }))
  scored.sort((a, b) => b.score - a.score || String(b.doc.publishedAt ?? '').localeCompare(String(a.doc.publishedAt ?? '')))
  return scored.map(({ doc }) => doc)
}
