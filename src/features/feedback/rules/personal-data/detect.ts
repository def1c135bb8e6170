import { isAllowed } from './allow-list'
import { findAddresses } from './detectors/addresses'
import { findEmails } from './detectors/emails'
import { findHealth } from './detectors/health'
import { findQqNumbers, findWechatIds } from './detectors/messaging'
import { findNumbers } from './detectors/numbers'
import { findPeople } from './detectors/people'
import { findPlates } from './detectors/plates'
import { overlaps, scanOf, toHit, type Found } from './detectors/scan'
import type { PersonalDataHit, PersonalDataKind } from './kinds'

export type PersonalDataOptions = {
  /** Names known to be the resident's (the form's name field): flagged wherever they occur. */
  knownNames?: readonly string[]
  /** Public numbers, e-mail addresses and addresses (the office's own), never flagged. */
  allowList?: readonly string[]
}

/** The options, or (as before) just the known names. */
export type PersonalDataArgument = PersonalDataOptions | readonly string[]

export const optionsOf = (argument: PersonalDataArgument = {}): PersonalDataOptions =>
  Array.isArray(argument) ? { knownNames: argument } : (argument as PersonalDataOptions)

// Where findings overlap, the earlier kind wins: the more specific reading of the same span.
const PRIORITY: PersonalDataKind[] = [
  'id-card', 'email', 'bank-card', 'qq', 'wechat', 'phone', 'plate', 'address', 'name', 'health',
]

/**
 * Personal data in `text`, in order of position: phone, ID, bank-card, QQ and WeChat numbers,
 * e-mail addresses however disguised, licence plates, home addresses, names of people and
 * health details said of someone. Each hit says what it is and why, with the exact span
 * (UTF-16 offsets) so that staff can see it highlighted.
 */
export function findPersonalData(text: string, argument: PersonalDataArgument = {}): PersonalDataHit[] {
  const { knownNames = [], allowList = [] } = optionsOf(argument)
  const scan = scanOf(text)
  const people = findPeople(scan, knownNames)
  const found: Found[] = [
    ...findNumbers(scan),
    ...findEmails(scan),
    ...findQqNumbers(scan),
    ...findWechatIds(scan),
    ...findPlates(scan),
    ...findAddresses(scan),
    ...people,
    ...findHealth(scan, people),
  ]
  const rank = (f: Found) => PRIORITY.indexOf(f.kind)
  const kept: Found[] = []
  for (const candidate of found.sort((a, b) => rank(a) - rank(b))) {
    if (!kept.some((f) => overlaps(f, candidate))) kept.push(candidate)
  }
  return kept
    .sort((a, b) => a.index - b.index)
    .map((f) => toHit(scan, f))
    .filter((hit) => !isAllowed(hit, allowList))
}
