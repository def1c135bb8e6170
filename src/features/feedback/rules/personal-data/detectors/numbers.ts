import { bankCardReason } from './bank-cards'
import { idNumberReason } from './id-numbers'
import { extensionLength, phoneReason } from './phones'
import { before, type Found, type NumberCandidate, type Scan } from './scan'

// Digits as residents separate them: spaces, dots, dashes, slashes, brackets, middle dots.
const SEPARATOR = '[ \\t.\\-/()·—–_]'
// '*' stands for a masked digit (510106********123X); an ID number may end in X.
const RUN = new RegExp(`[0-9*](?:${SEPARATOR}{0,3}[0-9*])*(?:${SEPARATOR}{0,2}[Xx](?![A-Za-z]))?`, 'g')
const GROUP = /[0-9*]+[Xx]?|[Xx]/g
// The most specific reading first: an ID number or a card is never also read as phones.
const READINGS = [
  ['id-card', idNumberReason],
  ['bank-card', bankCardReason],
  ['phone', phoneReason],
] as const
// Enough for an ID number typed digit by digit (5 1 0 1 …).
const MAX_GROUPS = 18

type Group = { text: string; index: number }

/** A '+' or an opening bracket just before the digits belongs to the number: +86, (028). */
function withPrefix(scan: Scan, found: Found): Found {
  let index = found.index
  const { folded } = scan
  const opens = (i: number) => folded[i] === '(' && folded.slice(i, found.end).includes(')')
  while (index > 0 && (folded[index - 1] === '+' || opens(index - 1))) index--
  const extension = found.kind === 'phone' ? extensionLength(folded.slice(found.end, found.end + 12)) : 0
  return { ...found, index, end: found.end + extension }
}

/** The longest reading of groups[from…], as few groups as that takes, or null. */
function readFrom(scan: Scan, groups: Group[], from: number): { found: Found; next: number } | null {
  for (let to = Math.min(groups.length, from + MAX_GROUPS) - 1; to >= from; to--) {
    const taken = groups.slice(from, to + 1)
    const index = taken[0].index
    const end = taken[taken.length - 1].index + taken[taken.length - 1].text.length
    const candidate: NumberCandidate = {
      digits: taken.map((group) => group.text).join(''),
      groups: taken.map((group) => group.text),
      before: before(scan, index),
      after: scan.folded.slice(end, end + 4),
    }
    for (const [kind, read] of READINGS) {
      const reason = read(candidate)
      if (reason) return { found: withPrefix(scan, { kind, reason, index, end }), next: to + 1 }
    }
  }
  return null
}

/**
 * Phone, ID and bank-card numbers however they are written. A run of digit groups may hold
 * several numbers ('13812345678 028 8612 3456'), so it is read group by group from the left,
 * each time taking the longest stretch that reads as a number.
 */
export function findNumbers(scan: Scan): Found[] {
  const found: Found[] = []
  for (const run of scan.folded.matchAll(RUN)) {
    const groups = [...run[0].matchAll(GROUP)].map((g) => ({ text: g[0], index: run.index + g.index }))
    for (let from = 0; from < groups.length; ) {
      const reading = readFrom(scan, groups, from)
      if (reading) found.push(reading.found)
      from = reading ? reading.next : from + 1
    }
  }
  return found
}
