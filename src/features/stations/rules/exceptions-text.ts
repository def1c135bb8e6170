import { parseOpeningHoursText, type DatedException } from './opening-hours'

const CLOSED_WORDS = /^(?:休息|闭馆|闭站|不开放|暂停服务|closed)/i
const NOTE = /[（(]([^）)]*)[）)]\s*$/

/**
 * Dated exceptions as written in the CSV's `exceptions` column, separated by ；or ; :
 * `2026-02-16 休息（春节值班见公告）；2026-03-07 09:00-12:00`.
 */
export function parseExceptionsText(
  text: string,
): { ok: true; exceptions: DatedException[] } | { ok: false; message: string } {
  const exceptions: DatedException[] = []
  for (const raw of text.split(/[;；\n]/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d{4}-\d{1,2}-\d{1,2})\s*(.*)$/.exec(raw)
    if (!m) return { ok: false, message: `特殊日期“${raw}”应以日期开头，例如“2026-02-16 休息”` }
    const [y, mo, d] = m[1].split('-')
    const date = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`
    let rest = m[2].trim()
    const noteMatch = NOTE.exec(rest)
    const note = noteMatch?.[1].trim() || undefined
    if (noteMatch) rest = rest.slice(0, noteMatch.index).trim()
    if (!rest) return { ok: false, message: `特殊日期“${raw}”缺少“休息”或开放时间` }
    if (CLOSED_WORDS.test(rest)) {
      exceptions.push({ date, closed: true, ...(note ? { note } : {}) })
      continue
    }
    // The weekly parser reads the times; the weekday it needs is only a carrier here
    const parsed = parseOpeningHoursText(`周一 ${rest}`)
    if (!parsed.ok) return { ok: false, message: `特殊日期 ${date}：${parsed.message.replace('周一 ', '')}` }
    exceptions.push({ date, closed: false, slots: parsed.slots.map(({ opens, closes }) => ({ opens, closes })), ...(note ? { note } : {}) })
  }
  return { ok: true, exceptions }
}

/** The inverse, for exports and for showing what an import will store. */
export function exceptionsToText(exceptions: DatedException[]): string {
  return exceptions
    .map((e) => {
      const note = e.note ? `（${e.note}）` : ''
      if (e.closed === true) return `${e.date} 休息${note}`
      return `${e.date} ${e.slots.map((s) => `${s.opens}-${s.closes}`).join(',')}${note}`
    })
    .join('；')
}
