import { findChineseDate } from './chinese-date'
import type { NoticeLine } from './types'

const ATTACHMENTS_LINE = /^附件\s*(?:\d{1,2}\s*)?[：:]\s*(.*)$/u
const NUMBERED_ITEM = /^\d{1,2}\s*[.．、](?!\d)/u
const ITEM_NUMBER = /(?:^|(?<=[\s；;，,。]))\d{1,2}\s*[.．、](?!\d)\s*/gu
const AUTHORITY =
  /^[\p{Script=Han}（）]{2,40}(?:厅|办公室|政府|委员会|委|局|部|院|办|中心|协会|会|署|处|室|所|站)$/u
// Printing notes after the date that are not content: （此件公开发布）, 抄送：…
const QUIET_NOTE = /^（此件.*）$|^抄送[：:]|^（联系人/u

export type NoticeTail = {
  bodyEnd: number
  attachments: string[]
  dateWritten?: string
  invalidDate?: string
  signatory?: string
  unused: NoticeLine[]
}

/** 1. xxx 2. yyy → ['xxx', 'yyy']; text without numbering is one item. */
function attachmentItems(text: string): string[] {
  const starts = [...text.matchAll(ITEM_NUMBER)]
  if (starts.length === 0 || starts[0].index !== 0) return text ? [text] : []
  return starts
    .map((start, i) => text.slice(start.index + start[0].length, starts[i + 1]?.index))
    .map((item) => item.trim().replace(/[；;，,]$/u, ''))
    .filter(Boolean)
}

/** A line that is only a date, maybe signed: 二○○四年一月十四日 or 成都市人民政府办公厅 2004年1月14日. */
function readDateLine(text: string) {
  const date = findChineseDate(text)
  if (!date) return undefined
  const before = text.slice(0, date.start).trim()
  const after = text.slice(date.end).replace(/[\s（）()]/gu, '')
  if (after || (before && !AUTHORITY.test(before.replace(/[（(]$/u, '')))) return undefined
  return { date, signatory: before || undefined }
}

/** Attachments, signature and date after the body, and lines after them that were not used. */
export function findTail(lines: NoticeLine[], bodyStart: number): NoticeTail {
  const used = new Set<number>()
  const tail: NoticeTail = { bodyEnd: lines.length, attachments: [], unused: [] }
  const end = (index: number) => {
    used.add(index)
    tail.bodyEnd = Math.min(tail.bodyEnd, index)
  }
  const attachmentsAt = lines.findIndex(
    (line, i) => i >= bodyStart && ATTACHMENTS_LINE.test(line.text),
  )
  if (attachmentsAt >= 0) {
    for (let i = attachmentsAt; i < lines.length; i += 1) {
      const text = lines[i].text
      const listed =
        ATTACHMENTS_LINE.exec(text)?.[1] ?? (NUMBERED_ITEM.test(text) ? text : undefined)
      if (listed === undefined || (i > attachmentsAt && readDateLine(text))) break
      tail.attachments.push(...attachmentItems(listed))
      end(i)
    }
  }
  const dateAt = lines.findIndex((line, i) => i >= bodyStart && readDateLine(line.text))
  if (dateAt >= 0) {
    const { date, signatory } = readDateLine(lines[dateAt].text)!
    if (date.iso) tail.dateWritten = date.iso
    else tail.invalidDate = lines[dateAt].text.slice(date.start, date.end)
    end(dateAt)
    const previous = lines[dateAt - 1]
    if (signatory) tail.signatory = signatory
    else if (dateAt - 1 >= bodyStart && !used.has(dateAt - 1) && AUTHORITY.test(previous.text)) {
      tail.signatory = previous.text
      end(dateAt - 1)
    }
  }
  tail.unused = lines.filter(
    (line, i) => i >= tail.bodyEnd && !used.has(i) && !QUIET_NOTE.test(line.text),
  )
  return tail
}
