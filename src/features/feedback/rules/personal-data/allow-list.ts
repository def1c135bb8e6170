import { foldFullWidth } from '@/features/feedback/rules/intake/text'
import type { PersonalDataHit, PersonalDataKind } from './kinds'

/** Public service numbers that are never a person's, whatever staff configure. */
export const PUBLIC_NUMBERS: readonly string[] = [
  '12320', '12345', '12315', '12356', '12338', '12333', '12355', '12110', '12122', '12348',
  '120', '110', '119', '122', '114', '95598', '10086', '10010', '10000',
]

// Only what an office can own: a name, an ID number or a health detail is never public.
const ALLOWABLE = new Set<PersonalDataKind>(['phone', 'email', 'qq', 'wechat', 'address'])
const squash = (value: string) => foldFullWidth(value).replace(/[\s\-.·()/]/g, '').toLowerCase()
const digitsOf = (value: string) => foldFullWidth(value).replace(/\D/g, '')
// Area or country code in front of an allowed number: 028-12345 and 12345 are the same line.
const DIALLING_PREFIX = /^(?:(?:00)?86(?:0?\d{2,3})?|0\d{2,3})$/

function sameNumber(found: string, allowed: string): boolean {
  if (found.length < 3 || allowed.length < 3) return false
  if (found === allowed) return true
  // The office's number with an extension dialled after it.
  if (allowed.length >= 7 && found.startsWith(allowed) && found.length - allowed.length <= 6) return true
  const [longer, shorter] = found.length > allowed.length ? [found, allowed] : [allowed, found]
  return longer.endsWith(shorter) && DIALLING_PREFIX.test(longer.slice(0, -shorter.length))
}

/**
 * Whether a hit is one of the public numbers or addresses: the hotlines above, and what staff
 * list (the authority's own phones, e-mail and address). A hit inside an allowed address is
 * allowed; a longer one (the same building, plus a flat) is not.
 */
export function isAllowed(hit: PersonalDataHit, allowList: readonly string[]): boolean {
  if (!ALLOWABLE.has(hit.kind)) return false
  const text = squash(hit.text)
  // The hotlines are phone numbers: a QQ number 12345 is still someone's.
  const entries = [...(hit.kind === 'phone' ? PUBLIC_NUMBERS : []), ...allowList].filter((entry) => entry.trim())
  if (text.length > 0 && entries.some((entry) => squash(entry).includes(text))) return true
  const digits = digitsOf(hit.text)
  return hit.kind !== 'address' && entries.some((entry) => sameNumber(digits, digitsOf(entry)))
}
