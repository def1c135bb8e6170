import { DOCUMENT_CUE, type NumberCandidate } from './scan'

// Area codes: 010 and 020–029 have two digits after the 0, every other one three. After +86
// the trunk 0 is usually dropped (+86 28 8612 3456).
const AREA = '(?:10|2\\d|[3-9]\\d{2})'
const MOBILE = /^(?:(?:00)?86)?1[3-9]\d{9}$/
const LANDLINE = new RegExp(`^(?:(?:00)?860?|0)${AREA}\\d{7,8}$`)
// A local number without area code: 7 or 8 digits, never starting with 0, 1 or 9 (service
// numbers), written whole or as 3-4, 4-4, 4-3.
const LOCAL = /^[2-8]\d{6,7}$/
const LOCAL_SHAPES = new Set(['7', '8', '3,4', '4,4', '4,3'])
const PHONE_CUE = /电话|手机|号码|联系方式|致电|拨打|来电|座机|固话|打我|call|tel|mobile/i
// A count, an amount or a date: 12345678人, 2026-03-05, 2024—2026.
const UNIT_AFTER = /^\s?[元角人次个件户万亿岁年月日号天名份项例秒吨斤克米亩套间辆台部张本册位倍%‰]/
const YEAR = /^(?:19|20)\d\d$/

function looksLikeDate(groups: string[]): boolean {
  const [first, second] = groups
  if (YEAR.test(first) && second !== undefined) {
    return YEAR.test(second) || (second.length <= 2 && Number(second) >= 1 && Number(second) <= 12)
  }
  const compact = groups.join('')
  if (compact.length !== 8 || !YEAR.test(compact.slice(0, 4))) return false
  const [month, day] = [Number(compact.slice(4, 6)), Number(compact.slice(6, 8))]
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

const isLandline = (digits: string) => LANDLINE.test(digits)

/** A landline written with its extension as a last group: 028-86123456-8001. */
function withExtension(groups: string[]): boolean {
  const last = groups[groups.length - 1]
  return groups.length > 1 && last.length <= 6 && isLandline(groups.slice(0, -1).join(''))
}

/** Why a run of digits is taken for a phone number, or null. Masked digits never are. */
export function phoneReason({ digits, groups, before, after }: NumberCandidate): string | null {
  if (!/^\d+$/.test(digits)) return null
  if (MOBILE.test(digits)) return '疑似手机号'
  if (isLandline(digits) || withExtension(groups)) return '疑似电话号码'
  if (DOCUMENT_CUE.test(before) || UNIT_AFTER.test(after) || looksLikeDate(groups)) return null
  if (LOCAL.test(digits) && LOCAL_SHAPES.has(groups.map((g) => g.length).join(','))) {
    return '疑似电话号码'
  }
  return PHONE_CUE.test(before) && digits.length >= 7 && digits.length <= 12 ? '疑似电话号码' : null
}

const EXTENSION = /^\s*(?:转|分机|ext\.?|x)\s*\d{1,6}(?!\d)/i

/** How many characters of an extension (转8001, 分机 12) follow a phone number. */
export const extensionLength = (after: string) => EXTENSION.exec(after)?.[0].length ?? 0
