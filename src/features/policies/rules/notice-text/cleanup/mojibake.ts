/**
 * Passages that look garbled, for staff to fix before a notice is published. Such text cannot be
 * repaired here; each flag quotes the passage and says why it looks wrong:
 * - replacement characters (U+FFFD) and private-use code points;
 * - a `?` inside a run of Chinese (a character the converter could not map), as in "好?;鶎";
 * - two or more rare characters in a row (outside both GB2312 and Big5's common characters: text
 *   decoded with the wrong code page comes out as runs of them);
 * - mixed encodings: Latin-1 letters inside Chinese (UTF-8 read as Windows-1252, "æ–‡"), a Latin
 *   letter wedged between Chinese characters ("龣C構"), or the classic 锟斤拷 / 烫烫烫 patterns.
 */

export type GarbledPassage = { line: number; passage: string; reason: string }

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'

const PATTERNS: { pattern: RegExp; reason: string }[] = [
  { pattern: /[^\s]{0,4}[\ufffd\ue000-\uf8ff]+[^\s]{0,4}/gu, reason: '含无法识别的字符' },
  { pattern: new RegExp(`[${HAN}]{1,4}[?？]+[;；]?[^\\s，。、；：]{0,6}`, 'gu'), reason: '中文中夹有问号' },
  { pattern: /锟斤拷|烫烫烫|屯屯屯/gu, reason: '混有其他编码的文字' },
  { pattern: new RegExp(`[${HAN}]?[\\u00c0-\\u00ff][\\u0080-\\u00ff\\u2013-\\u203a\\u0152-\\u0178]+[${HAN}]?`, 'gu'), reason: '混有其他编码的文字' },
  { pattern: new RegExp(`[${HAN}]{2}[A-Za-z][${HAN}]{2}`, 'gu'), reason: '中文中夹有单个字母' },
]

let common: Set<string> | null = null

/** The characters of GB2312 and of Big5's common set, decoded once from their code pages. */
function commonCharacters(): Set<string> {
  if (common) return common
  const set = new Set<string>()
  const gbk = new TextDecoder('gbk')
  for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) set.add(gbk.decode(new Uint8Array([hi, lo])))
  const big5 = new TextDecoder('big5')
  for (let hi = 0xa4; hi <= 0xc6; hi++) {
    for (const [from, to] of [[0x40, 0x7e], [0xa1, 0xfe]]) for (let lo = from; lo <= to; lo++) set.add(big5.decode(new Uint8Array([hi, lo])))
  }
  common = set
  return set
}

const HAN_CHAR = new RegExp(`[${HAN}]`, 'u')

/** Runs of two or more rare Chinese characters (UTF-16 offsets), with a character of context on each side. */
function rareRuns(text: string): { start: number; end: number }[] {
  const known = commonCharacters()
  const runs: { start: number; end: number }[] = []
  let start = -1
  let count = 0
  for (let i = 0; i <= text.length; ) {
    const char = i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : ''
    const rare = char !== '' && HAN_CHAR.test(char) && !known.has(char)
    if (rare) {
      if (start < 0) [start, count] = [i, 0]
      count++
    } else if (start >= 0) {
      if (count >= 2) runs.push({ start: Math.max(0, start - 1), end: Math.min(text.length, i + char.length) })
      start = -1
    }
    i += char.length || 1
  }
  return runs
}

/**
 * Every garbled-looking passage, line by line (1-based): overlapping findings on a line are one
 * passage, flagged with the first reason found.
 */
export function garbledPassages(lines: string[]): GarbledPassage[] {
  return lines.flatMap((text, i) => {
    const ranges: { start: number; end: number; reason: string }[] = []
    const add = (start: number, end: number, reason: string) => {
      const overlapping = ranges.find((range) => start <= range.end && end >= range.start)
      if (overlapping) {
        overlapping.start = Math.min(overlapping.start, start)
        overlapping.end = Math.max(overlapping.end, end)
      } else ranges.push({ start, end, reason })
    }
    for (const { pattern, reason } of PATTERNS) for (const match of text.matchAll(pattern)) add(match.index, match.index + match[0].length, reason)
    for (const run of rareRuns(text)) add(run.start, run.end, '连续出现生僻字')
    return ranges.sort((x, y) => x.start - y.start).map((range) => ({ line: i + 1, passage: text.slice(range.start, range.end), reason: range.reason }))
  })
}

/** One warning per garbled-looking passage: the line, the passage quoted and why. */
export function garbledLineWarnings(lines: string[]): string[] {
  return garbledPassages(lines).map(({ line, passage, reason }) => `第 ${line} 行可能有乱码（${reason}）：“${passage}”`)
}
