// Replacement characters, private-use code points, GBK decoded twice ("?;" before a run of rare
// characters) and the classic 锟斤拷 / 烫烫烫 patterns. Such text cannot be repaired here.
const GARBLED = /\ufffd|[\ue000-\uf8ff]|\?[;；]|锟斤拷|烫烫烫|屯屯屯/u

/** One warning per line that probably holds mojibake, with its 1-based line number. */
export function garbledLineWarnings(lines: string[]): string[] {
  return lines.flatMap((line, i) => (GARBLED.test(line) ? [`第 ${i + 1} 行可能有乱码`] : []))
}
