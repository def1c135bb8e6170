import { dictionary } from '@zxcvbn-ts/language-common'

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128

/** Case-folded, without spaces, so "Pass Word" and "password" compare alike. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '')

// 49,233 common and breached passwords shipped with @zxcvbn-ts/language-common, checked offline.
let common: Set<string> | undefined
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'].map(fold)))

export type PasswordContext = {
  /** The account's e-mail address: neither it nor its local part may appear in the password. */
  email?: string | null
  /** The site's names (Chinese name, domain labels): none may appear in the password. */
  siteNames?: readonly string[]
}

/** Code points, so a Chinese character or an emoji counts as one character. */
const lengthOf = (text: string) => [...text].length

/**
 * Why a password is refused, in plain Chinese, or null when it is acceptable. Any character is
 * allowed (spaces, Chinese, symbols); length is counted in characters, not bytes.
 */
export function passwordProblem(password: unknown, context: PasswordContext = {}): string | null {
  if (typeof password !== 'string' || password.length === 0) return '请填写密码。'
  const length = lengthOf(password)
  if (length < PASSWORD_MIN_LENGTH) return `密码太短：至少需要 ${PASSWORD_MIN_LENGTH} 个字符，现在是 ${length} 个。较长的一句话比复杂的短密码更安全。`
  if (length > PASSWORD_MAX_LENGTH) return `密码太长：最多 ${PASSWORD_MAX_LENGTH} 个字符，现在是 ${length} 个。`
  const folded = fold(password)
  if (commonPasswords().has(folded)) return '这个密码在常见或已泄露的密码名单中，很容易被猜到，请换一个。'
  const email = fold(context.email ?? '')
  const localPart = email.split('@')[0] ?? ''
  if (email && folded.includes(email)) return '密码不能包含您的电子邮箱地址。'
  if (localPart.length >= 3 && folded.includes(localPart)) return '密码不能包含您电子邮箱 @ 前面的部分，请换一个。'
  for (const name of context.siteNames ?? []) {
    const site = fold(name)
    if (site.length >= 2 && folded.includes(site)) return `密码不能包含本网站的名称（“${name}”），请换一个。`
  }
  return null
}
