import type { Found, Scan } from './scan'

const PROVINCE = '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]'
// Plate letters leave out I and O (read as 1 and 0); residents may type them lower-case.
const LETTER = '[A-HJ-NP-Za-hj-np-z]'
const PLATE = new RegExp(
  `${PROVINCE}${LETTER}[·•.\\s-]?([A-HJ-NP-Z0-9a-hj-np-z]{5,6})(?![A-Za-z0-9])`,
  'g',
)
// Six characters only for new-energy plates: D or F then five, or five digits then D or F.
const NEW_ENERGY = /^(?:[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF])$/

/** Licence plates: 川A12345, 川A·D12345 (new-energy), 川a 12345. */
export function findPlates(scan: Scan): Found[] {
  const found: Found[] = []
  for (const match of scan.folded.matchAll(PLATE)) {
    const serial = match[1].toUpperCase()
    const digits = serial.replace(/\D/g, '').length
    if (serial.length === 6 ? !NEW_ENERGY.test(serial) : digits < 2) continue
    found.push({ kind: 'plate', reason: '疑似车牌号', index: match.index, end: match.index + match[0].length })
  }
  return found
}
