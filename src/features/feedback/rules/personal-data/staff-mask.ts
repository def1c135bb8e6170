import { findPersonalData, type PersonalDataArgument } from './detect'
import { scanOf } from './detectors/scan'
import { PERSONAL_DATA_MASKS, type PersonalDataHit, type PersonalDataKind } from './kinds'
import { maskEmail, maskName, maskPhone } from './mask'
import { normalisePhone } from './phone'
import { replaceHits } from './redaction'

const STARS = '****'
/** Digits (and X, and masked '*') of a number however written: １３８, 一三八, 138-… */
const compact = (text: string) => scanOf(text).folded.replace(/[^\dXx*]/g, '').toUpperCase()
const AT = /\s*(?:\(at\)|\[at\]|【at】|\{at\}|<at>|#|艾特|圈a|\s+at\s+)\s*/i
const DOT = /\s*(?:。|\(dot\)|\[dot\]|点|\s+dot\s+)\s*/gi
const plainEmail = (text: string) => scanOf(text).folded.replace(AT, '@').replace(DOT, '.').replace(/\s/g, '')

// Enough of each kind left for staff to tell two messages apart, not enough to contact anyone.
const HINTS: Record<PersonalDataKind, (text: string) => string> = {
  phone: (text) => maskPhone(normalisePhone(text) ? text : compact(text)),
  'id-card': (text) => {
    const value = compact(text)
    return value.slice(0, 4) + '*'.repeat(Math.max(0, value.length - 6)) + value.slice(-2)
  },
  email: (text) => maskEmail(plainEmail(text)),
  name: (text) => maskName(text),
  qq: (text) => compact(text).slice(0, 2) + STARS,
  wechat: (text) => text.slice(0, 2) + STARS,
  'bank-card': (text) => `${compact(text).slice(0, 4)} ${STARS} ${compact(text).slice(-4)}`,
  plate: (text) => text.slice(0, 2) + STARS,
  // The street or estate name, without the number: 人民南路****.
  address: (text) => (/^[^\d一二三四五六七八九十百零〇两]*/.exec(text)?.[0] ?? '') + STARS,
  health: () => PERSONAL_DATA_MASKS.health,
}

/**
 * A message body for the admin's masked view (until 显示联系方式 is pressed): the same findings
 * as for publication, each masked with a hint (138****8000, 刘*, 人民南路****, w***@163.com).
 */
export const maskForStaff = (text: string, argument: PersonalDataArgument = {}): string =>
  replaceHits(text, findPersonalData(text, argument), (hit: PersonalDataHit) => HINTS[hit.kind](hit.text))
