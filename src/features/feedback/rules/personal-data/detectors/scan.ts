import { foldFullWidth } from '@/features/feedback/rules/intake/text'
import { MASK_IN_TEXT, type PersonalDataHit, type PersonalDataKind } from '@/features/feedback/rules/personal-data/kinds'

/**
 * The text as the detectors read it. `folded` has exactly the length of `text`, so an index
 * found in one is an index into the other: full-width ASCII made half-width, Chinese numerals
 * inside long digit runs (一三八…, 幺 for 1, 两 for 2) made digits, earlier masks blanked.
 */
export type Scan = { text: string; folded: string }

/** A span a detector found, end exclusive; the detector's own reason. */
export type Found = { kind: PersonalDataKind; reason: string; index: number; end: number }

// Everyday and financial (大写) numerals, as a phone or ID number is read aloud or disguised.
const NUMERALS = ['〇零○', '一幺壹', '二两贰', '三叁', '四肆', '五伍', '六陆', '七柒', '八捌', '九玖']
const NUMERAL_DIGITS = Object.fromEntries(
  NUMERALS.flatMap((characters, digit) => [...characters].map((ch) => [ch, String(digit)])),
)
const DIGIT_LIKE = `[0-9${NUMERALS.join('')}]`
// Seven or more: shorter runs of numerals are ordinary words (一二楼, 三五天).
const NUMERAL_RUN = new RegExp(`${DIGIT_LIKE}(?:[ .-]?${DIGIT_LIKE}){6,}`, 'g')

export function scanOf(text: string): Scan {
  const folded = foldFullWidth(text)
    .replace(MASK_IN_TEXT, (mask) => '■'.repeat(mask.length))
    // Roman numeral ten, picked from an IME's symbol list for the X of an ID number.
    .replace(/Ⅹ/g, 'X')
    .replace(NUMERAL_RUN, (run) => run.replace(/[^\x00-\x7f]/g, (ch) => NUMERAL_DIGITS[ch] ?? ch))
  return { text, folded }
}

/** The characters just before a span (for cue words such as 电话, 身份证, 卡号). */
export const before = (scan: Scan, index: number, length = 12) =>
  scan.folded.slice(Math.max(0, index - length), index)

/**
 * Every match of a global pattern as a finding of one kind and reason: the first group where the
 * pattern has one and was compiled with the `d` flag (the cue before it is not personal), else
 * the whole match.
 */
export function foundBy(scan: Scan, pattern: RegExp, kind: PersonalDataKind, reason: string): Found[] {
  return [...scan.folded.matchAll(pattern)].map((match) => {
    const [index, end] = match.indices?.[1] ?? [match.index, match.index + match[0].length]
    return { kind, reason, index, end }
  })
}

export const toHit = (scan: Scan, found: Found): PersonalDataHit => ({
  kind: found.kind,
  reason: found.reason,
  text: scan.text.slice(found.index, found.end),
  index: found.index,
})

export const overlaps = (a: { index: number; end: number }, b: { index: number; end: number }) =>
  a.index < b.end && b.index < a.end

/** A run of digits as written, for the number detectors to judge. */
export type NumberCandidate = {
  /** Digits, '*' for a masked digit and a final 'X', separators removed. */
  digits: string
  /** The groups as written: ['138', '1234', '5678']. */
  groups: string[]
  /** The folded text just before and just after the run. */
  before: string
  after: string
}

/** Words before a number that make it an official or business number, not a person's. */
export const DOCUMENT_CUE = /编号|文号|单号|订单|流水号|批次|受理号|案号|序号|条码|发票|代码|凭证|工单/
