import { replaceDocumentNumbers } from '@/features/policies/rules/notice-text/document-number'

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014\u25cb]/u
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：' }
// Spaces next to full-width punctuation are left over from typesetting, never meaningful.
const SPACE_AROUND_WIDE_PUNCTUATION = / *([，。：；、（）《》“”〔〕！？]) */g

const isWide = (char: string | undefined) => char !== undefined && WIDE.test(char)
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9'

/** ASCII brackets around Chinese text, or right next to it, become （）; inner pairs first. */
function widenParentheses(chars: string[]): void {
  const open: number[] = []
  chars.forEach((char, i) => {
    if (char === '(') open.push(i)
    if (char !== ')' || open.length === 0) return
    const start = open.pop()!
    const chinese =
      chars.slice(start + 1, i).some(isWide) || isWide(chars[start - 1]) || isWide(chars[i + 1])
    if (!chinese) return
    chars[start] = '（'
    chars[i] = '）'
  })
}

/** ASCII , ; : next to Chinese text become full-width, except between digits (1,000 and 10:30). */
function widenSeparators(chars: string[]): void {
  chars.forEach((char, i) => {
    const before = chars[i - 1]
    const after = chars[i + 1]
    if (char === ',' || char === ';') {
      // "?;" is mojibake, left as found so staff can recognise it.
      if (before === '?') return
      if ((isWide(before) || isWide(after)) && !(isDigit(before) && isDigit(after))) {
        chars[i] = FULL_WIDTH[char]
      }
    } else if (char === ':') {
      // Only after Chinese text or at the start of it, so http:// and 10:30 stay.
      if (isWide(before) || ((before === undefined || before === ' ') && isWide(after))) {
        chars[i] = FULL_WIDTH[char]
      }
    }
  })
}

/** Chinese punctuation, ASCII digits and canonical document numbers for one line. */
export function normalisePunctuation(line: string): string {
  const digits = line.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  const chars = [...digits]
  widenParentheses(chars)
  widenSeparators(chars)
  return replaceDocumentNumbers(chars.join('').replace(SPACE_AROUND_WIDE_PUNCTUATION, '$1'))
}
