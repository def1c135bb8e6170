import { foldFullWidth } from '@/features/feedback/rules/intake/text'
import { SURNAME_PATTERN } from '@/features/feedback/rules/personal-data/surnames'
import { HEALTH_TERM_PATTERN } from './health-terms'
import { INTRODUCTIONS, KIN, NOT_IN_NAME, ORDINARY_WORDS, ROLES, SELF, TITLES } from './people-words'
import type { Found, Scan } from './scan'

const HAN = /[\u3400-\u9fff]/
const LATIN_NAME = /^[A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*){0,2}/
// A name ends where a title, a health term or a time word begins: 刘芳怀孕, 王强今年.
const ENDS_NAME = new RegExp(`^(?:${TITLES}|${HEALTH_TERM_PATTERN}|今年|去年|明年|已经|一直)`, 'i')
const SURNAME_AT_START = new RegExp(`^${SURNAME_PATTERN}`)
const INTRODUCED = new RegExp(`(?:${INTRODUCTIONS})\\s*`, 'g')
// 妇女儿童 holds 女儿 but names no daughter.
const AFTER_ROLE = new RegExp(
  `(?<!妇)(?:${KIN}|${ROLES}|${TITLES}|${SELF})(?:叫|是|名叫)?[:\\s]?(?=${SURNAME_PATTERN})`,
  'g',
)
const TITLE = new RegExp(`(?:${TITLES})`, 'g')

const isOrdinary = (name: string) => ORDINARY_WORDS.some((word) => name.startsWith(word))

/** How many characters from `at` can continue a name (at most `max`). */
function nameLength(text: string, at: number, max: number): number {
  let length = 0
  while (length < max) {
    const ch = text[at + length]
    if (!ch || !HAN.test(ch) || NOT_IN_NAME.has(ch) || ENDS_NAME.test(text.slice(at + length))) break
    length++
  }
  return length
}

/** A surname from the list and one or two more characters at `at`, or 0. */
function surnameAndGiven(text: string, at: number): number {
  const surname = SURNAME_AT_START.exec(text.slice(at))?.[0].length ?? 0
  if (surname === 0) return 0
  const given = nameLength(text, at + surname, 2)
  const length = given === 0 ? 0 : surname + given
  return length && !isOrdinary(text.slice(at, at + length)) ? length : 0
}

/** After 我叫 / 姓名：: any two to four characters that can be a name, or a Latin name. */
function introducedLength(text: string, at: number): number {
  const latin = LATIN_NAME.exec(text.slice(at))?.[0].length ?? 0
  if (latin > 0) return latin
  const length = nameLength(text, at, 4)
  return length >= 2 ? length : 0
}

/** 王建国医生, 张丽主任: the longest surname + given name ending where the title starts. */
function beforeTitle(text: string, title: number): number {
  for (const length of [4, 3, 2]) {
    const at = title - length
    if (at >= 0 && surnameAndGiven(text, at) === length) return at
  }
  return -1
}

const spans = (pattern: RegExp, text: string, read: (at: number) => number) =>
  [...text.matchAll(pattern)].flatMap((match) => {
    const at = match.index + match[0].length
    const length = read(at)
    return length > 0 ? [{ index: at, end: at + length }] : []
  })

/**
 * Names of people: the ones given (the resident's own), names introduced (我叫…, 姓名：…),
 * named after a relative or role (我爱人刘芳, 经办人李娜) and full names before a title (王建国
 * 医生). A bare surname with a given name is never enough: without a cue it is as likely a word.
 * Each name found is then flagged wherever else it occurs.
 */
export function findPeople(scan: Scan, knownNames: readonly string[]): Found[] {
  const text = scan.folded
  const cued = [
    ...spans(INTRODUCED, text, (at) => introducedLength(text, at)),
    ...spans(AFTER_ROLE, text, (at) => surnameAndGiven(text, at)),
    ...[...text.matchAll(TITLE)].flatMap((match) => {
      const at = beforeTitle(text, match.index)
      return at >= 0 ? [{ index: at, end: match.index }] : []
    }),
  ]
  const known = knownNames.map((name) => foldFullWidth(name).trim()).filter((name) => [...name].length >= 2)
  const names = new Set([...known, ...cued.map(({ index, end }) => text.slice(index, end))])
  const longestFirst = [...names].sort((a, b) => b.length - a.length)
  if (longestFirst.length === 0) return []
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const anywhere = new RegExp(longestFirst.map(escape).join('|'), 'gi')
  return [...text.matchAll(anywhere)].map((match) => ({
    kind: 'name' as const,
    reason: known.includes(match[0]) ? '留言人姓名' : '疑似姓名',
    index: match.index,
    end: match.index + match[0].length,
  }))
}
