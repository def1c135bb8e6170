import { normaliseEmail } from '@/features/feedback/rules/personal-data/email'
import { findIdCardNumbers } from '@/features/feedback/rules/personal-data/id-card'
import { FEEDBACK_LIMITS as L } from './kinds'
import { looksLikeMarkup } from './markup'
import { FEEDBACK_MESSAGES as M } from './messages'
import { normalisePhone } from '@/features/feedback/rules/personal-data/phone'
import { characterCount, foldFullWidth, hasControlCharacters, hasLineBreak } from './text'

// Each check takes already-cleaned text and returns the first problem a resident should fix.
// Lengths are checked before the pattern scans so that huge inputs are rejected cheaply.

function contentProblem(value: string): string | undefined {
  if (looksLikeMarkup(value)) return M.markup
  if (findIdCardNumbers(value).length > 0) return M.idCard
  return undefined
}

export function subjectProblem(value: string): string | undefined {
  if (!value) return M.subjectRequired
  if (hasLineBreak(value)) return M.subjectOneLine
  if (hasControlCharacters(value)) return M.controlCharacters
  const count = characterCount(value)
  if (count < L.subjectMin || count > L.subjectMax) return M.subjectLength
  return contentProblem(value)
}

export function messageProblem(value: string): string | undefined {
  if (!value) return M.messageRequired
  const count = characterCount(value)
  if (count > L.messageMax) return M.messageTooLong(count)
  if (count < L.messageMin) return M.messageTooShort
  if (hasControlCharacters(value, true)) return M.controlCharacters
  return contentProblem(value)
}

/** Only called for a non-empty name: the name is optional. */
export function nameProblem(value: string): string | undefined {
  if (hasLineBreak(value)) return M.nameOneLine
  if (hasControlCharacters(value)) return M.controlCharacters
  if (characterCount(value) > L.nameMax) return M.nameTooLong
  const problem = contentProblem(value)
  if (problem) return problem
  if (/^[\d\s]+$/.test(foldFullWidth(value))) return M.nameDigitsOnly
  return undefined
}

export type Checked = { value: string; error?: undefined } | { value?: undefined; error: string }

/** Only called for a non-empty phone. */
export function checkPhone(value: string): Checked {
  if (looksLikeMarkup(value)) return { error: M.markup }
  const phone = hasControlCharacters(value) ? undefined : normalisePhone(value)
  return phone ? { value: phone } : { error: M.phone }
}

/** Only called for a non-empty e-mail address. */
export function checkEmail(value: string): Checked {
  if (looksLikeMarkup(value)) return { error: M.markup }
  if (characterCount(value) > L.emailMax) return { error: M.emailTooLong }
  const email = hasControlCharacters(value) ? undefined : normaliseEmail(value)
  return email ? { value: email } : { error: M.email }
}
