import { foldFullWidth } from '@/features/feedback/rules/intake/text'

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/

/**
 * A practical address check (local@domain.tld, no quoting, no IP literals) rather than full
 * RFC 5321: what a resident types and a mail server accepts. Full-width '＠' and '．' from a
 * Chinese IME are accepted; the domain is lower-cased, the local part kept as typed.
 */
export function normaliseEmail(input: string): string | undefined {
  const value = foldFullWidth(input).trim()
  const at = value.lastIndexOf('@')
  if (at < 1) return undefined
  const local = value.slice(0, at)
  const domain = value.slice(at + 1).toLowerCase()
  if (local.length > 64 || domain.length > 253 || !LOCAL_PART.test(local)) return undefined
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined
  if (!TOP_LEVEL.test(labels[labels.length - 1])) return undefined
  return `${local}@${domain}`
}
