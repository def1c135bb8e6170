import { hasPlausibleBirthDate, idCardCheckCharacter } from '@/features/feedback/rules/personal-data/id-card'
import type { NumberCandidate } from './scan'

// Province-level codes (GB/T 2260), the first two digits of every mainland ID number.
const PROVINCE = /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3]|91)/
const ID_CUE = /身份证|证件|身份号|公民身份|证号/

/**
 * Why a number is taken for an ID number, or null. The checksum is a signal, not a condition:
 * a mistyped check character still identifies the person, so a number with a real province
 * code and birth date is flagged too; so is a half-masked one (510106********123X), whose
 * visible digits still narrow down who it is.
 */
export function idNumberReason({ digits, before }: NumberCandidate): string | null {
  const value = digits.toUpperCase()
  const cued = ID_CUE.test(before)
  const plausible = PROVINCE.test(value) && hasPlausibleBirthDate(value)
  if (/^\d{17}[\dX]$/.test(value)) {
    if (plausible && idCardCheckCharacter(value) === value[17]) return '身份证号'
    return plausible || cued ? '疑似身份证号' : null
  }
  if (/^\d{15}$/.test(value)) return plausible || cued ? '疑似身份证号（15位旧号）' : null
  const masked = /^[\d*]{17}[\dX*]$/.test(value) && value.includes('*')
  const visible = value.replace(/\*/g, '').length
  if (masked && visible >= 4 && (PROVINCE.test(value) || cued)) return '疑似身份证号（部分隐去）'
  return null
}
