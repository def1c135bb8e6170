import { DOCUMENT_CUE, type NumberCandidate } from './scan'

const BANK_CUE = /卡号|银行卡|账号|帐号|储蓄卡|信用卡|借记卡|社保卡|开户|收款|转账|打款|汇款/
// Issuer prefixes of cards used in China: UnionPay 62 and 60, Visa 4, Mastercard 51–55,
// American Express 34/37, JCB 35.
const ISSUER = /^(?:62|60|4|5[1-5]|3[457])/

/** The Luhn (mod 10) check every payment card number passes. */
export function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    sum += digit
  }
  return sum % 10 === 0
}

/**
 * Why 16–19 digits are taken for a bank card, or null: named as a card or account, or an
 * issuer prefix with a valid Luhn check (a random number passes it one time in ten).
 */
export function bankCardReason({ digits, before }: NumberCandidate): string | null {
  if (!/^\d{16,19}$/.test(digits)) return null
  if (BANK_CUE.test(before)) return '疑似银行卡号'
  if (DOCUMENT_CUE.test(before)) return null
  return ISSUER.test(digits) && luhnValid(digits) ? '疑似银行卡号' : null
}
