import { matchDocumentNumbers, normaliseDocumentNumber } from './document-number'
import { findChineseDate } from './chinese-date'
import type { NoticeLine } from './types'

const TITLE_SEARCH_LINES = 10
const FALLBACK_TITLE_LINES = 3
const TITLE_WORDS = /关于|通知|决定|意见|办法|规定|通报|批复|函|方案|规划|细则|公告|通告|报告|请示/u
const TITLE_ENDING =
  /(?:通知|决定|意见|办法|规定|通报|批复|函|方案|规划|细则|公告|通告|报告|请示|纲要|条例|要点|规则|措施|标准)$/u
const SENTENCE_PUNCTUATION = /[。；！？，：]$|[。；！？]/u
const SECTION_MARKER = /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/u

export type NoticeHead = {
  title: string
  documentNumber?: string
  addressees?: string
  bodyStart: number
}

/** The line without a document number in front: 成办发〔2004〕5号《…》 → 《…》. */
function withoutLeadingNumber(text: string): { number?: string; rest: string } {
  const [first] = matchDocumentNumbers(text)
  if (first?.start !== 0) return { rest: text }
  return { number: first.number, rest: text.slice(first.end).trim() }
}

/** 《title》 when the whole line (after a leading number) is one bracketed title. */
function bracketedTitle(text: string): string | undefined {
  const { rest } = withoutLeadingNumber(text)
  if (!rest.startsWith('《') || !rest.endsWith('》')) return undefined
  const inner = rest.slice(1, -1).trim()
  return TITLE_WORDS.test(inner) ? inner : undefined
}

function couldBeTitle(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= 100 &&
    /\p{Script=Han}/u.test(text) &&
    !SENTENCE_PUNCTUATION.test(text) &&
    !SECTION_MARKER.test(text) &&
    !text.endsWith('文件') &&
    normaliseDocumentNumber(text) === undefined &&
    findChineseDate(text) === undefined
  )
}

const isPlainTitle = (text: string) =>
  couldBeTitle(text) && (text.includes('关于') || TITLE_ENDING.test(text))

function findTitle(lines: NoticeLine[]): { title: string; index: number } | undefined {
  const top = lines.slice(0, TITLE_SEARCH_LINES).map((line) => withoutLeadingNumber(line.text).rest)
  const bracketed = top.findIndex((_, i) => bracketedTitle(lines[i].text) !== undefined)
  if (bracketed >= 0) return { title: bracketedTitle(lines[bracketed].text)!, index: bracketed }
  const plain = top.findIndex(isPlainTitle)
  if (plain >= 0) {
    // A long title wrapped onto two lines: …关于实施创建计划生育 / 优质服务…工程的通知.
    const next = top[plain + 1]
    const wrapped =
      !TITLE_ENDING.test(top[plain]) &&
      next !== undefined &&
      couldBeTitle(next) &&
      TITLE_ENDING.test(next) &&
      !next.includes('关于')
    if (wrapped) return { title: top[plain] + next, index: plain + 1 }
    return { title: top[plain], index: plain }
  }
  const fallback = top.slice(0, FALLBACK_TITLE_LINES).findIndex((text) => couldBeTitle(text))
  return fallback >= 0 ? { title: top[fallback], index: fallback } : undefined
}

function isAddresseesLine(text: string): boolean {
  return (
    text.endsWith('：') &&
    text.length <= 150 &&
    !/[。；]|如下|^附件|^来源/u.test(text) &&
    !SECTION_MARKER.test(text)
  )
}

/** Title, the notice's own number and its addressees, and where the body begins. */
export function findHead(lines: NoticeLine[]): NoticeHead | undefined {
  const found = findTitle(lines)
  if (!found) return undefined
  const { title } = found
  let headEnd = found.index
  let documentNumber: string | undefined
  // Repeated title lines, a number line before or after the title, all belong to the head.
  for (let i = 0; i < Math.min(lines.length, TITLE_SEARCH_LINES); i += 1) {
    const { number, rest } = withoutLeadingNumber(lines[i].text)
    const isTitleLine = rest === title || rest === `《${title}》`
    const ownNumber = normaliseDocumentNumber(lines[i].text) ?? (isTitleLine ? number : undefined)
    if (isTitleLine && i <= headEnd + 1) headEnd = Math.max(headEnd, i)
    if (ownNumber && i <= headEnd + 1) {
      documentNumber ??= ownNumber
      headEnd = Math.max(headEnd, i)
    }
  }
  const next = lines[headEnd + 1]?.text
  const addressees = next && isAddresseesLine(next) ? next.slice(0, -1) : undefined
  if (addressees) headEnd += 1
  return { title, documentNumber, addressees, bodyStart: headEnd + 1 }
}
