import { findPersonalData, type PersonalDataArgument } from './detect'
import { PERSONAL_DATA_MASKS, type PersonalDataHit } from './kinds'

/** `text` with each hit replaced by what `replace` makes of it. */
export function replaceHits(text: string, hits: PersonalDataHit[], replace: (hit: PersonalDataHit) => string): string {
  let result = ''
  let position = 0
  for (const hit of hits) {
    result += text.slice(position, hit.index) + replace(hit)
    position = hit.index + hit.text.length
  }
  return result + text.slice(position)
}

/** `text` with each hit replaced by a notice such as 【手机号已隐去】 (for a public copy). */
export const redactPersonalData = (text: string, argument: PersonalDataArgument = {}): string =>
  replaceHits(text, findPersonalData(text, argument), (hit) => PERSONAL_DATA_MASKS[hit.kind])
