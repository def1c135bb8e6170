import { foundBy, type Found, type Scan } from './scan'

// On the folded text, so '＠' and '．' are already '@' and '.'.
const LOCAL = '(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}'
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
const PLAIN = new RegExp(`${LOCAL}@${LABEL}(?:\\.${LABEL})*\\.[A-Za-z]{2,}(?![A-Za-z0-9])`, 'g')

// How residents disguise an address from robots, or type it on a phone: wang(at)163.com,
// wang # qq。com, wang at 163 dot com, spaces round the separators.
const OPEN = '[(\\[{<【]\\s*'
const CLOSE = '\\s*[)\\]}>】]'
const AT = String.raw`\s*(?:${OPEN}(?:at|@|艾特)${CLOSE}|@|#|艾特|圈a)\s*|\s+at\s+`
const DOT = String.raw`\s*(?:${OPEN}(?:dot|\.|点)${CLOSE}|\.|。|点)\s*|\s+dot\s+`
// Disguised forms are taken only with a top-level domain people really use, so that 'meet at
// 5 dot something' in English stays text.
const TLD = '(?:com|cn|net|org|edu|gov|cc|info|me|io|top|vip|hk|tw|mo|biz|xyz)'
const DISGUISED = new RegExp(
  `${LOCAL}(?:${AT})${LABEL}(?:(?:${DOT})${LABEL})*?(?:${DOT})${TLD}(?![A-Za-z0-9])`,
  'gi',
)

/** E-mail addresses, plain or disguised (where both readings overlap, the plain one is kept). */
export const findEmails = (scan: Scan): Found[] => [
  ...foundBy(scan, PLAIN, 'email', '疑似邮箱'),
  ...foundBy(scan, DISGUISED, 'email', '疑似邮箱'),
]
