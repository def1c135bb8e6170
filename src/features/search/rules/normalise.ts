/**
 * Text as the index and the queries see it: full-width forms folded (NFKC), lower case, every
 * kind of bracket around a year (〔2004〕, [2004], （2004）, 【2004】) reduced to a space, and
 * zero-width characters removed. Traditional characters are converted by the caller (the
 * converter is a large table that only the server needs).
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g, '')
    .replace(/[〔〕［］\[\]【】（）()｛｝{}〈〉《》<>「」『』]/g, ' ')
}

const HAN = /\p{Script=Han}/u
const WORD = /[\p{L}\p{N}]/u

export type SearchRun = { kind: 'han' | 'digit' | 'latin'; text: string }

const kindOf = (char: string): SearchRun['kind'] | null =>
  HAN.test(char) ? 'han' : /\p{N}/u.test(char) ? 'digit' : WORD.test(char) ? 'latin' : null

/** Splits text into runs of Chinese characters, of digits and of other letters; the rest separates. */
export function searchRuns(text: string): SearchRun[] {
  const runs: SearchRun[] = []
  let current: SearchRun | null = null
  for (const char of normaliseSearchText(text)) {
    const kind = kindOf(char)
    if (kind === null) current = null
    else if (current && current.kind === kind) current.text += char
    else {
      current = { kind, text: char }
      runs.push(current)
    }
  }
  return runs
}
