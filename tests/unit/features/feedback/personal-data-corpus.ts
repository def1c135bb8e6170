import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PersonalDataKind } from '@/features/feedback/rules/personal-data/personal-data'

// The corpus is data, kept in text files one case a line so that anyone can add a message as
// residents wrote it; '#' starts a comment.

export type Expectation = { kinds: PersonalDataKind[]; span: string }
export type PositiveCase = {
  text: string
  expected: Expectation[]
  knownNames: string[]
  /** Why the detector does not catch it yet; such cases count in the recall only. */
  knownMiss?: string
}

const lines = (file: string) =>
  readFileSync(join(import.meta.dirname, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))

/** 'phone:138 0013 8000' → ['phone', '138 0013 8000']; the span may hold colons itself. */
const keyAndValue = (field: string): [string, string] => {
  const colon = field.indexOf(':')
  return [field.slice(0, colon), field.slice(colon + 1)]
}

function positive(line: string): PositiveCase {
  const [text, ...fields] = line.split('\t')
  const parsed = fields.map(keyAndValue)
  const valuesOf = (key: string) => parsed.filter(([k]) => k === key).map(([, value]) => value)
  return {
    text,
    expected: parsed
      .filter(([key]) => key !== 'known' && key !== 'miss')
      .map(([key, span]) => ({ kinds: key.split('|') as PersonalDataKind[], span })),
    knownNames: valuesOf('known'),
    knownMiss: valuesOf('miss')[0],
  }
}

export const POSITIVES: PositiveCase[] = lines('personal-data-corpus.tsv').map(positive)

export const NEGATIVES: string[] = lines('personal-data-corpus-negatives.txt')

/** Each detector's edge cases: a text and every hit it gives, as [kind, text], in order. */
export const EDGE_CASES: [text: string, hits: [string, string][]][] = lines('personal-data-edge-cases.tsv').map(
  (line) => {
    const [text, ...hits] = line.split('\t')
    return [text, hits[0] === 'none' ? [] : hits.map(keyAndValue)]
  },
)
