import { searchRuns } from './normalise'

/** At most this many "您是不是要找" suggestions. */
export const MAX_SUGGESTIONS = 3

/**
 * "您是不是要找": for a query that found nothing, the phrases of the site's own titles that differ
 * from it by one Chinese character (生育登计 → 生育登记, 爱滋病 → 艾滋病) — the usual typo when
 * typing by pinyin is a homophone in the wrong place. Only runs of Chinese characters of two or
 * more are tried; a phrase found in more titles comes first. Every suggestion is a substring of
 * a published title, so following it finds at least that page.
 */
export function suggestCorrections(query: string, titles: readonly string[], max = MAX_SUGGESTIONS): string[] {
  const runs = searchRuns(query).filter((run) => run.kind === 'han' && [...run.text].length >= 2)
  if (runs.length === 0) return []
  const found = new Map<string, number>()
  const titleRuns = titles.flatMap((title) => searchRuns(title).filter((run) => run.kind === 'han').map((run) => [...run.text]))
  for (const { text } of runs) {
    const typed = [...text]
    for (const chars of titleRuns) {
      for (let start = 0; start + typed.length <= chars.length; start++) {
        let differences = 0
        for (let i = 0; i < typed.length && differences <= 1; i++) if (chars[start + i] !== typed[i]) differences += 1
        // Exactly one character apart; a run of two may differ only in its second character.
        if (differences !== 1 || (typed.length === 2 && chars[start] !== typed[0])) continue
        const window = chars.slice(start, start + typed.length).join('')
        const corrected = query.replace(text, window)
        found.set(corrected, (found.get(corrected) ?? 0) + 1)
      }
    }
  }
  return [...found.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
    .slice(0, max)
    .map(([phrase]) => phrase)
}
