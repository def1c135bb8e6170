import type { TextMatch } from './id-card'

// Chinese names are 2–4 characters (4 for compound surnames); a greedy 4 may swallow the next
// character ('我叫王小明是…'), which over-redacts one character rather than leaking one.
const NAME = String.raw`[\u3400-\u9FFF][\u3400-\u9FFF·]{1,3}|[A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*){0,2}`
const INTRODUCTION = new RegExp(
  String.raw`(?:我叫|我的名字[叫是]|本人姓名[是为:：]?|(?:姓名|名字|联系人)\s*[:：])\s*(${NAME})`,
  'g',
)

/** Names introduced in the text itself: '我叫王小明', '姓名：王小明', '联系人: Li Lei'. */
export function introducedNames(text: string): string[] {
  return [...text.matchAll(INTRODUCTION)].map((match) => match[1])
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Every occurrence of each name. Names shorter than two characters are skipped: redacting
 * every '王' in a text would destroy it without protecting anyone.
 */
export function findNames(text: string, names: readonly string[]): TextMatch[] {
  const wanted = [...new Set(names.map((name) => name.trim()))]
    .filter((name) => [...name].length >= 2)
    .sort((a, b) => b.length - a.length)
  if (wanted.length === 0) return []
  const pattern = new RegExp(wanted.map(escape).join('|'), 'gi')
  return [...text.matchAll(pattern)].map((match) => ({ text: match[0], index: match.index ?? 0 }))
}
