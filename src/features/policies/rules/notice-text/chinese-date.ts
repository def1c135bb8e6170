const ZEROS = '〇○零◯OoＯ'
const CHINESE_DIGITS = '一二三四五六七八九'
const YEAR = `([0-9０-９${ZEROS}${CHINESE_DIGITS}]{4})`
const MONTH = `([0-9０-９元正${CHINESE_DIGITS}十]{1,3})`
const DAY = `([0-9０-９${CHINESE_DIGITS}十廿卅]{1,3})`
const CHINESE_DATE = `(?<![0-9])${YEAR}\\s*年\\s*${MONTH}\\s*月\\s*${DAY}\\s*[日号]`
const NUMERIC_DATE = `(?<![0-9])((?:19|20)\\d{2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?![0-9])`
const DATE = new RegExp(`${CHINESE_DATE}|${NUMERIC_DATE}`, 'u')

function digitValue(char: string): number {
  if (ZEROS.includes(char)) return 0
  const chinese = CHINESE_DIGITS.indexOf(char)
  if (chinese >= 0) return chinese + 1
  const code = char.charCodeAt(0)
  if (code >= 0x30 && code <= 0x39) return code - 0x30
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10
  return NaN
}

/** 2004, 二○○四, 二〇〇四, 二零零四 → 2004: a year is read digit by digit. */
const yearValue = (text: string) => [...text].reduce((sum, char) => sum * 10 + digitValue(char), 0)

/** 14, 十四, 二十, 三十一, 廿一, 元 → a number; anything else → NaN. */
function smallNumber(text: string): number {
  if (/^[0-9０-９]+$/.test(text)) return [...text].reduce((sum, c) => sum * 10 + digitValue(c), 0)
  if (text === '元' || text === '正') return 1
  const tens = /^([一二三]?)十([一二三四五六七八九]?)$/.exec(text)
  if (tens) return (tens[1] ? digitValue(tens[1]) : 1) * 10 + (tens[2] ? digitValue(tens[2]) : 0)
  const written = /^([廿卅])([一二三四五六七八九]?)$/.exec(text)
  if (written) return (written[1] === '廿' ? 20 : 30) + (written[2] ? digitValue(written[2]) : 0)
  return text.length === 1 ? digitValue(text) : NaN
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return undefined
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export type DateMatch = { iso?: string; start: number; end: number }

/** The first date written in the text, where it is, and its ISO form when it is a real date. */
export function findChineseDate(text: string): DateMatch | undefined {
  const match = DATE.exec(text)
  if (!match) return undefined
  const [, chineseYear, chineseMonth, chineseDay, year, month, day] = match
  const iso = chineseYear
    ? isoDate(yearValue(chineseYear), smallNumber(chineseMonth), smallNumber(chineseDay))
    : isoDate(Number(year), Number(month), Number(day))
  return { iso, start: match.index, end: match.index + match[0].length }
}

/** 二○○四年一月十四日, 2004年1月14日 or 2004-01-14 → '2004-01-14'; undefined if not a real date. */
export function parseChineseDate(text: string): string | undefined {
  return findChineseDate(text)?.iso
}
