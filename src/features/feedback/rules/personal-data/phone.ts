import { foldFullWidth } from '@/features/feedback/rules/intake/text'

// Area codes: 010 and 020–029 have two digits after the 0, every other one has three. Knowing
// that makes '02887654321' unambiguous (028 + 87654321) without a separator.
const AREA = '0(?:10|2\\d|[3-9]\\d{2})'
const MOBILE = /^(?:\+?86|0086)?(1[3-9]\d{9})$/
const LANDLINE = new RegExp(`^(${AREA})(\\d{7,8})$`)
const EXPLICIT_EXTENSION = /^(.*?)[ ]*(?:转|分机|ext\.?|x)[ ]*(\d{1,6})$/i
const HYPHEN_EXTENSION = /^(.*)-(\d{1,6})$/
const SEPARATORS = /[\s\-()（）]/g

function landline(main: string): { area: string; number: string } | undefined {
  if (/[^\d\s\-()（）]/.test(main)) return undefined
  const match = LANDLINE.exec(main.replace(SEPARATORS, ''))
  return match ? { area: match[1], number: match[2] } : undefined
}

/**
 * A mainland mobile ('13812345678') or landline ('028-12345678', extension kept as '-123'),
 * or undefined. Accepts spaces, hyphens, brackets round the area code, +86 / 0086 on mobiles,
 * and full-width digits.
 */
export function normalisePhone(input: string): string | undefined {
  const value = foldFullWidth(input).trim()
  if (value.length > 40) return undefined
  const mobile = MOBILE.exec(value.replace(SEPARATORS, ''))
  if (mobile) return mobile[1]
  const format = (parts: { area: string; number: string }, extension?: string) =>
    `${parts.area}-${parts.number}${extension ? `-${extension}` : ''}`
  const explicit = EXPLICIT_EXTENSION.exec(value)
  if (explicit) {
    const parts = landline(explicit[1])
    return parts ? format(parts, explicit[2]) : undefined
  }
  const whole = landline(value)
  if (whole) return format(whole)
  // Only after the whole value failed: '028-8765-4321' is a number, '028-12345678-123' has an
  // extension.
  const hyphen = HYPHEN_EXTENSION.exec(value)
  const parts = hyphen ? landline(hyphen[1]) : undefined
  return parts && hyphen ? format(parts, hyphen[2]) : undefined
}
