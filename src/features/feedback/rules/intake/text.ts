// Zero-width characters and bidi overrides/isolates: invisible, and used to disguise text
// ('ab\u202Ecd' displays reversed), so they never reach staff screens or published pages.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g
// Unpaired surrogate halves cannot be encoded as UTF-8; they only come from broken clients.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// NEL and the Unicode line/paragraph separators are line breaks too; treat them like \n.
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/
const CONTROL_EXCEPT_TAB_NEWLINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/

/** Line endings to \n, invisible characters removed, NFC, trimmed. */
export function cleanText(value: string): string {
  return value
    .replace(LINE_BREAK, '\n')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .trim()
}

/** A form value as text: anything that is not a string (missing, array, number) is empty. */
export function formText(raw: Record<string, unknown>, key: string): string {
  const value = raw[key]
  return typeof value === 'string' ? cleanText(value) : ''
}

export function hasLineBreak(value: string): boolean {
  return value.includes('\n')
}

export function hasControlCharacters(value: string, allowTabAndNewline = false): boolean {
  return (allowTabAndNewline ? CONTROL_EXCEPT_TAB_NEWLINE : CONTROL).test(value)
}

/** Length as residents count it: one per character, so an emoji or a rare Han character is 1. */
export function characterCount(value: string): number {
  let count = 0
  for (const _ of value) count++
  return count
}

/**
 * Full-width ASCII (what a Chinese IME types: １３８, ＠, －) to half-width. Every mapped
 * character is one UTF-16 unit on both sides, so indexes into the result match the input.
 */
export function foldFullWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  )
}
