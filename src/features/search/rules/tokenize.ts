import { searchRuns } from './normalise'

/**
 * Chinese has no spaces between words, so the index stores overlapping character pairs
 * (bigrams): 计划生育 → 计划 划生 生育. A query matches when the document holds every pair of
 * the query, so two-character words (避孕) and longer ones (艾滋病检测) both find their text,
 * without a dictionary that would need updating. A lone character stands for itself; digit
 * and Latin runs are whole tokens (2004, 5, hiv).
 */
export function searchTokens(text: string): string[] {
  const tokens: string[] = []
  for (const run of searchRuns(text)) {
    if (run.kind !== 'han') {
      tokens.push(run.text)
      continue
    }
    const chars = [...run.text]
    if (chars.length === 1) tokens.push(chars[0])
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1])
  }
  return tokens
}

/** The distinct tokens of a query, longest input first kept in order; at most `limit` of them. */
export function queryTokens(query: string, limit = 12): string[] {
  return [...new Set(searchTokens(query))].slice(0, limit)
}

/**
 * How tokens are stored: a space before and after each, so that a database `LIKE '% 避孕 %'`
 * (Payload's `contains` with the spaces included) matches whole tokens only. Single Chinese
 * characters are also indexed, so that a one-character query (号) can still match.
 */
export function indexedTokenText(text: string): string {
  const tokens = new Set(searchTokens(text))
  for (const run of searchRuns(text)) if (run.kind === 'han') for (const char of run.text) tokens.add(char)
  return ` ${[...tokens].join(' ')} `
}
