import { describe, expect, it } from 'vitest'
import { findPersonalData, redactPersonalData } from '@/features/feedback/rules/personal-data/personal-data'
import { EDGE_CASES, NEGATIVES, POSITIVES, type PositiveCase } from './personal-data-corpus'

// Written apart from the module: any run of seven digits (half- or full-width, Chinese
// numerals) with separators between them is a number that should not have survived.
const DIGIT = '[0-9０-９〇零○一幺壹二两贰三叁四肆五伍六陆七柒八捌九玖]'
const LONG_NUMBER = new RegExp(`${DIGIT}(?:[\\s.\\-/()（）·—–_－]{0,3}${DIGIT}){6,}`)

/** What is wrong with the detector's answer for one case; empty when it is right. */
function problems({ text, expected, knownNames }: PositiveCase): string[] {
  const hits = findPersonalData(text, { knownNames })
  const redacted = redactPersonalData(text, { knownNames })
  const found: string[] = []
  for (const { kinds, span } of expected) {
    const at = text.indexOf(span)
    if (at < 0) found.push(`the corpus names “${span}”, which is not in the text`)
    const covered = hits.some(
      (hit) => kinds.includes(hit.kind) && hit.index <= at && hit.index + hit.text.length >= at + span.length,
    )
    if (!covered) found.push(`${kinds.join('|')} “${span}” not flagged`)
    if (redacted.includes(span)) found.push(`“${span}” still in “${redacted}”`)
  }
  if (LONG_NUMBER.test(redacted)) found.push(`a number is left in “${redacted}”`)
  return found
}

describe('the personal-data corpus', () => {
  it('has enough realistic texts on both sides', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(150)
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(60)
  })

  it.each(POSITIVES.filter((c) => !c.knownMiss).map((c) => [c.text, c] as const))(
    'finds and redacts what is personal in %j',
    (_, c) => {
      expect(problems(c)).toEqual([])
    },
  )

  it.each(NEGATIVES)('flags nothing in %j', (text) => {
    expect(findPersonalData(text)).toEqual([])
  })

  it('reaches its recall and false-positive targets', () => {
    const missed = POSITIVES.filter((c) => problems(c).length > 0)
    const flagged = NEGATIVES.filter((text) => findPersonalData(text).length > 0)
    const recall = 1 - missed.length / POSITIVES.length
    const falsePositives = flagged.length / NEGATIVES.length
    console.log(
      `personal-data corpus: recall ${(recall * 100).toFixed(1)} % (${POSITIVES.length - missed.length}/${POSITIVES.length}), ` +
        `false positives ${(falsePositives * 100).toFixed(1)} % (${flagged.length}/${NEGATIVES.length})` +
        (missed.length ? `; missed: ${missed.map((c) => `${c.text} (${c.knownMiss ?? 'new'})`).join(' | ')}` : ''),
    )
    expect(missed.filter((c) => !c.knownMiss)).toEqual([])
    expect(recall).toBeGreaterThanOrEqual(0.97)
    expect(falsePositives).toBeLessThanOrEqual(0.03)
  })
})

describe('the edge cases of each detector', () => {
  it.each(EDGE_CASES)('in %j finds exactly %j', (text, hits) => {
    expect(findPersonalData(text).map((hit) => [hit.kind, hit.text])).toEqual(hits)
  })
})
