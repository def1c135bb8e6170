/**
 * How a query's tokens are put to the database's full-text index (SQLite FTS5 over the stored
 * token text, PostgreSQL `to_tsvector('simple', tokens)`). Both split the stored text on spaces
 * and keep runs of letters and digits whole, so a token made only of letters and digits is one
 * index term, exactly as `LIKE '% token %'` would find it. Anything else might be split or dropped
 * by the database's tokeniser: such a query is matched by the scan instead.
 */

/** Pages considered for ranking, newest first; also the cap of a section's count. */
export const CANDIDATE_LIMIT = 400

const INDEX_TERM = /^[\p{L}\p{N}]{1,100}$/u

/** Whether every token is a single term of the full-text index (else the scan serves the query). */
export function indexServes(tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.every((token) => INDEX_TERM.test(token))
}

export type IndexSyntax = 'fts5' | 'tsquery'

const SYNTAX = {
  fts5: { term: (token: string) => `"${token.replace(/"/g, '""')}"`, and: ' AND ', or: ' OR ' },
  tsquery: { term: (token: string) => token, and: ' & ', or: ' | ' },
} as const

/**
 * The index query for pages holding every token of at least one of the readings: an FTS5 MATCH
 * expression (each token a quoted phrase) or `to_tsquery('simple', …)` text. Any one of a list of
 * tokens is `readings = tokens.map((t) => [t])`. Callers check `indexServes` first.
 */
export function indexQuery(readings: readonly (readonly string[])[], syntax: IndexSyntax): string {
  const { term, and, or } = SYNTAX[syntax]
  const groups = readings.filter((tokens) => tokens.length > 0).map((tokens) => tokens.map(term).join(and))
  return groups.length === 1 ? groups[0] : groups.map((group) => `(${group})`).join(or)
}

/**
 * A count as shown beside a section's name and in the summary: the number, or "400 条以上" when
 * counting stopped at the cap (counting every match of a broad query is what makes search slow).
 */
export function countLabel(count: number, capped: boolean): string {
  return capped ? `${count} 条以上` : String(count)
}
