import { simplifyCharacters } from './cleanup/simplified'

const OPENING = '〔［【（〖﹝\\[('
const CLOSING = '〕］】）〗﹞\\])'
const YEAR_AND_SERIAL = `\\s*[${OPENING}]\\s*((?:19|20)\\d{2})\\s*[${CLOSING}]\\s*第?\\s*(\\d{1,5})\\s*`
const IN_TEXT = new RegExp(`(\\p{Script=Han}{1,12})${YEAR_AND_SERIAL}[号號]`, 'gu')
const WHOLE = new RegExp(`^(\\p{Script=Han}{1,12})${YEAR_AND_SERIAL}[号號]?$`, 'u')
// Words that end the sentence before an issuer, e.g. 根据|中发〔2000〕8号 or 转发|国办发〔…〕.
const WORDS_BEFORE_ISSUER =
  /^.*(?:转发|印发|根据|按照|依据|执行|贯彻|落实|参照|关于|详见|的|和|与|及|或|在|以|将|对|了|是|由|从|于|为|把|被|等|并|即|之|其|该|此|各|原|见)/u
const MAX_ISSUER_LENGTH = 8

export type DocumentNumberMatch = { number: string; start: number; end: number }

const asciiDigits = (text: string) =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))

const format = (issuer: string, year: string, serial: string) =>
  `${issuer}〔${year}〕${Number(serial)}号`

/** Where document numbers occur in free text (number required: 〔2004〕5号, not just 〔2004〕). */
export function matchDocumentNumbers(text: string): DocumentNumberMatch[] {
  const matches: DocumentNumberMatch[] = []
  for (const match of asciiDigits(text).matchAll(IN_TEXT)) {
    const [whole, run, year, serial] = match
    const simplifiedRun = simplifyCharacters(run)
    // Index arithmetic below needs the run to keep its length through conversion.
    const base = simplifiedRun.length === run.length ? simplifiedRun : run
    const issuer = base.replace(WORDS_BEFORE_ISSUER, '').slice(-MAX_ISSUER_LENGTH)
    if (!issuer) continue
    const start = match.index + run.length - issuer.length
    matches.push({ number: format(issuer, year, serial), start, end: match.index + whole.length })
  }
  return matches
}

/** The text with each document number written canonically: 成办发[2004]5號 → 成办发〔2004〕5号. */
export function replaceDocumentNumbers(text: string): string {
  let result = ''
  let cursor = 0
  for (const { number, start, end } of matchDocumentNumbers(text)) {
    result += text.slice(cursor, start) + number
    cursor = end
  }
  return result + text.slice(cursor)
}

/** All document numbers cited in free text, canonical, each once, in order of appearance. */
export function findDocumentNumbers(text: string): string[] {
  return [...new Set(matchDocumentNumbers(text).map((match) => match.number))]
}

/** The canonical form of a string that is one document number, else undefined. */
export function normaliseDocumentNumber(raw: string): string | undefined {
  const match = WHOLE.exec(asciiDigits(raw).replace(/\s+/g, ' ').trim())
  if (!match) return undefined
  const [, issuer, year, serial] = match
  return format(simplifyCharacters(issuer), year, serial)
}
