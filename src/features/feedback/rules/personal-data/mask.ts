import { normalisePhone } from './phone'

const stars = (count: number) => '*'.repeat(Math.max(0, count))

/** Keeps the first and last `keep` characters; too short to keep both ends → only the first. */
function maskMiddle(value: string, keep: number): string {
  const chars = [...value]
  if (chars.length === 0) return ''
  if (chars.length <= keep * 2) return chars[0] + stars(chars.length - 1)
  const [head, tail] = [chars.slice(0, keep).join(''), chars.slice(-keep).join('')]
  return head + stars(chars.length - keep * 2) + tail
}

/** 13812341234 → 138****1234; 028-12345678 → 028-****5678 (extension kept); odd → 12*****89. */
export function maskPhone(phone: string): string {
  const normalised = normalisePhone(phone)
  if (!normalised) return maskMiddle(phone.trim(), 2)
  if (!normalised.startsWith('0')) return normalised.slice(0, 3) + '****' + normalised.slice(7)
  const [area, number, extension] = normalised.split('-')
  const masked = `${area}-${stars(number.length - 4)}${number.slice(-4)}`
  return extension ? `${masked}-${extension}` : masked
}

/** zhangsan@qq.com → z*******@qq.com: one star per hidden character, at most 8. */
export function maskEmail(email: string): string {
  const value = email.trim()
  const at = value.lastIndexOf('@')
  if (at < 0) return maskMiddle(value, 2)
  const local = [...value.slice(0, at)]
  const domain = value.slice(at)
  if (local.length <= 1) return `*${domain}`
  return local[0] + stars(Math.min(local.length - 1, 8)) + domain
}

/** 张三 → 张*; 张三丰 → 张**; 'Li Lei' → 'L*****'. A one-character name becomes '*'. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length <= 1) return stars(chars.length)
  return chars[0] + stars(chars.length - 1)
}
