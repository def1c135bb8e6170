import type { PersonalDataKind } from '@/features/feedback/rules/personal-data/personal-data'
import type { CorpusCase } from './personal-data-corpus-case'
import { NEGATIVES } from './personal-data-corpus-negatives'
import { NUMBER_CASES } from './personal-data-corpus-numbers'
import { PEOPLE_CASES } from './personal-data-corpus-people'
import { PLACE_CASES } from './personal-data-corpus-places'

export type Expectation = { kinds: PersonalDataKind[]; span: string }
export type PositiveCase = { text: string; expected: Expectation[]; knownNames: string[] }

function parse(expectation: string): Expectation {
  const colon = expectation.indexOf(':')
  return {
    kinds: expectation.slice(0, colon).split('|') as PersonalDataKind[],
    span: expectation.slice(colon + 1),
  }
}

const positive = (item: CorpusCase): PositiveCase =>
  Array.isArray(item)
    ? { text: item[0], expected: item.slice(1).map(parse), knownNames: [] }
    : { text: item.text, expected: item.expect.map(parse), knownNames: item.knownNames }

export const POSITIVES: PositiveCase[] = [...NUMBER_CASES, ...PLACE_CASES, ...PEOPLE_CASES].map(positive)

export { NEGATIVES }
