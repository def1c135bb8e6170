import { searchRuns } from './normalise'

export type Segment = { text: string; match: boolean }

/** The query's words as they may appear in text: Chinese runs whole, and digit/Latin runs. */
function needles(query: string): string[] {
  const found = new Set<string>()
  for (const run of searchRuns(query)) {
    if (run.kind === 'han') {
      found.add(run.text)
      const chars = [...run.text]
      for (let i = 0; i + 1 < chars.length; i++) found.add(chars[i] + chars[i + 1])
    } else found.add(run.text)
  }
  return [...found].sort((a, b) => b.length - a.length)
}

/**
 * Splits `text` into plain and matched segments (for <mark>), matching the query's words and
 * character pairs case-insensitively; longer matches win over the pairs inside them.
 */
export function highlightSegments(text: string, query: string): Segment[] {
  const words = needles(query)
  if (words.length === 0 || !text) return [{ text, match: false }]
  const lower = text.toLowerCase()
  const marked = new Array<boolean>(text.length).fill(false)
  for (const word of words) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      for (let i = at; i < at + word.length; i++) marked[i] = true
    }
  }
  const segments: Segment[] = []
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1]
    if (last && last.match === marked[i]) last.text += text[i]
    else segments.push({ text: text[i], match: marked[i] })
  }
  return segments
}

/** A window of about `size` characters around the first match, for the result list. */
export function excerptAround(text: string, query: string, size = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= size) return flat
  const lower = flat.toLowerCase()
  const first = needles(query)
    .map((word) => lower.indexOf(word))
    .filter((at) => at >= 0)
    .sort((a, b) => a - b)[0]
  const start = first === undefined ? 0 : Math.max(0, first - Math.floor(size / 3))
  const slice = flat.slice(start, start + size)
  return `${start > 0 ? '…' : ''}${slice}${start + size < flat.length ? '…' : ''}`
}
