import { bodyBlocks } from './blocks'
import { isBoilerplateLine } from './boilerplate'
import { findDocumentNumbers } from './document-number'
import { NoticeImportError } from './errors'
import { findHead } from './head'
import { splitNoticeLines } from './lines'
import { garbledLineWarnings } from './cleanup/mojibake'
import { normalisePunctuation } from './cleanup/punctuation'
import { removeConverterPinyin } from './cleanup/pinyin'
import { toSimplified } from './cleanup/simplified'
import { findTail } from './tail'
import type { NoticeLine, ParsedNotice } from './types'

const SOURCE_LINE = /^(?:信息)?来源[：:]\s*(.+)$/u
// 来源：成都市人民政府办公厅 发布时间：… → only the authority.
const AFTER_SOURCE = /\s+\S+[：:].*$/u

/** Cleaned, Simplified, non-empty lines, each with its line number in the original text. */
function cleanLines(rawLines: string[]): { lines: NoticeLine[]; wasTraditional: boolean } {
  const withoutPinyin = rawLines
    .map((text, i) => ({ number: i + 1, text: removeConverterPinyin(text).trim() }))
    .filter((line) => line.text)
  const simplified = toSimplified(withoutPinyin.map((line) => line.text).join('\n'))
  const lines = simplified.text
    .split('\n')
    .map((text, i) => ({ number: withoutPinyin[i].number, text: normalisePunctuation(text) }))
    .filter((line) => line.text && !isBoilerplateLine(line.text))
  return { lines, wasTraditional: simplified.wasTraditional }
}

function takeSource(lines: NoticeLine[]): { lines: NoticeLine[]; source?: string } {
  const at = lines.findIndex((line) => SOURCE_LINE.test(line.text))
  if (at < 0) return { lines }
  const source = SOURCE_LINE.exec(lines[at].text)![1].replace(AFTER_SOURCE, '').trim()
  return { lines: lines.filter((_, i) => i !== at), source: source || undefined }
}

/** Reads a plain-text policy notice (政策文件) into its parts and body blocks. */
export function parseNoticeText(text: string): ParsedNotice {
  if (!text.trim()) throw new NoticeImportError('empty')
  const rawLines = splitNoticeLines(text)
  const warnings = garbledLineWarnings(rawLines)
  const cleaned = cleanLines(rawLines)
  const { lines, source } = takeSource(cleaned.lines)
  const head = findHead(lines)
  if (!head) throw new NoticeImportError('no-title')
  const tail = findTail(lines, head.bodyStart)
  const blocks = bodyBlocks(lines.slice(head.bodyStart, tail.bodyEnd))

  if (!head.documentNumber) warnings.push('未找到发文字号')
  if (tail.invalidDate) warnings.push(`成文日期无效：${tail.invalidDate}`)
  else if (!tail.dateWritten) warnings.push('未找到成文日期')
  if (blocks.length === 0) warnings.push('未找到正文')
  if (tail.unused.length > 0) {
    warnings.push(`第 ${tail.unused[0].number} 行起有 ${tail.unused.length} 行在落款之后，未导入`)
  }

  const cited = findDocumentNumbers([head.title, ...blocks.map((block) => block.text)].join('\n'))
  return {
    title: head.title,
    documentNumber: head.documentNumber,
    addressees: head.addressees,
    dateWritten: tail.dateWritten,
    sourceAuthority: source ?? tail.signatory,
    blocks,
    attachments: tail.attachments,
    references: cited.filter((number) => number !== head.documentNumber),
    wasTraditional: cleaned.wasTraditional,
    warnings,
  }
}
