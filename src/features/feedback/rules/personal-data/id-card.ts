import { foldFullWidth } from '@/features/feedback/rules/intake/text'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARACTERS = '10X98765432'

// 18-character numbers may be written in 6-8-4 groups, 15-digit ones in 6-6-3 groups.
// Digit lookarounds keep a match from being cut out of a longer number (bank cards, orders).
const ID_18 = /(?<!\d)(\d{6})[ -]?(\d{8})[ -]?(\d{3}[\dXx])(?![\dXx])/g
const ID_15 = /(?<!\d)(\d{6})[ -]?(\d{6})[ -]?(\d{3})(?![\dXx])/g

/** GB 11643 check character for the first 17 digits. */
export function idCardCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARACTERS[sum % 11]
}

function isPlausibleBirthDate(year: number, month: number, day: number, today: Date): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false
  return date.getTime() <= today.getTime()
}

/** Whether the birth date inside a compact 18- or 15-character ID number is a real, past date. */
export function hasPlausibleBirthDate(compact: string, today = new Date()): boolean {
  const birth = compact.length === 18 ? compact.slice(6, 14) : `19${compact.slice(6, 12)}`
  const [year, month, day] = [birth.slice(0, 4), birth.slice(4, 6), birth.slice(6, 8)].map(Number)
  return isPlausibleBirthDate(year, month, day, today)
}

/** An 18-character (checksum-valid) or 15-digit legacy mainland ID number, separators removed. */
export function isIdCardNumber(value: string, today = new Date()): boolean {
  const compact = foldFullWidth(value).replace(/[ -]/g, '').toUpperCase()
  if (/^[1-9]\d{16}[\dX]$/.test(compact)) {
    return hasPlausibleBirthDate(compact, today) && idCardCheckCharacter(compact) === compact[17]
  }
  return /^[1-9]\d{14}$/.test(compact) && hasPlausibleBirthDate(compact, today)
}

export type TextMatch = { text: string; index: number }

/** ID numbers in free text; indexes are UTF-16 offsets into `text`. */
export function findIdCardNumbers(text: string, today = new Date()): TextMatch[] {
  const folded = foldFullWidth(text)
  const found: TextMatch[] = []
  for (const pattern of [ID_18, ID_15]) {
    for (const match of folded.matchAll(pattern)) {
      const index = match.index ?? 0
      const end = index + match[0].length
      const overlaps = found.some((f) => index < f.index + f.text.length && f.index < end)
      if (!overlaps && isIdCardNumber(match[0], today)) {
        found.push({ text: text.slice(index, end), index })
      }
    }
  }
  return found.sort((a, b) => a.index - b.index)
}
