import { findEmailAddresses } from './email'
import { findIdCardNumbers, type TextMatch } from './id-card'
import { findNames, introducedNames } from './names'
import { findPhoneNumbers } from './phone'

export type PersonalDataHit = {
  kind: 'phone' | 'id-card' | 'email' | 'name'
  text: string
  /** UTF-16 offset into the searched text, as String.prototype.slice counts. */
  index: number
}

const MASKS: Record<PersonalDataHit['kind'], string> = {
  phone: '【手机号已隐去】',
  'id-card': '【身份证号已隐去】',
  email: '【邮箱已隐去】',
  name: '【姓名已隐去】',
}

/**
 * Phone numbers, checksum-valid ID numbers, e-mail addresses and names (the ones given plus
 * any introduced with '我叫…' / '姓名：…', wherever else they occur) in `text`, in order.
 * Where hits overlap the more specific kind wins: ID number, then e-mail, phone, name.
 */
export function findPersonalData(
  text: string,
  knownNames: readonly string[] = [],
): PersonalDataHit[] {
  const candidates: [PersonalDataHit['kind'], TextMatch[]][] = [
    ['id-card', findIdCardNumbers(text)],
    ['email', findEmailAddresses(text)],
    ['phone', findPhoneNumbers(text)],
    ['name', findNames(text, [...knownNames, ...introducedNames(text)])],
  ]
  const hits: PersonalDataHit[] = []
  for (const [kind, matches] of candidates) {
    for (const { text: found, index } of matches) {
      const end = index + found.length
      if (hits.some((hit) => index < hit.index + hit.text.length && hit.index < end)) continue
      hits.push({ kind, text: found, index })
    }
  }
  return hits.sort((a, b) => a.index - b.index)
}

/** `text` with each hit replaced by a notice such as 【手机号已隐去】. */
export function redactPersonalData(text: string, knownNames: readonly string[] = []): string {
  let result = ''
  let position = 0
  for (const hit of findPersonalData(text, knownNames)) {
    result += text.slice(position, hit.index) + MASKS[hit.kind]
    position = hit.index + hit.text.length
  }
  return result + text.slice(position)
}
