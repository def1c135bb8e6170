/** What a resident sends with the 网站找错 form. */
export type ErrorReportInput = { pageUrl: string; description: string; email?: string }

export type ErrorReportField = keyof ErrorReportInput

export type ErrorReportValidation =
  | { ok: true; data: ErrorReportInput }
  | { ok: false; errors: Partial<Record<ErrorReportField, string>> }

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u
const ADDRESS = /^(\/|https?:\/\/)[^\s<>"]*$/u
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/u

export const DESCRIPTION_MAX = 1000

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '')

/** Checks the form; messages in Simplified Chinese, addressed to the resident. */
export function validateErrorReport(fields: Record<string, unknown>): ErrorReportValidation {
  const pageUrl = text(fields.pageUrl)
  const description = text(fields.description)
  const email = text(fields.email)
  const errors: Partial<Record<ErrorReportField, string>> = {}
  if (!pageUrl) errors.pageUrl = '请填写出错页面的网址。'
  else if (pageUrl.length > 500 || !ADDRESS.test(pageUrl)) errors.pageUrl = '网址应以 / 或 http:// 、https:// 开头，不超过 500 个字符。'
  if (description.length < 5) errors.description = '请用至少 5 个字说明哪里有错。'
  else if (description.length > DESCRIPTION_MAX) errors.description = `说明请不要超过 ${DESCRIPTION_MAX} 字。`
  else if (CONTROL.test(description)) errors.description = '说明中含有无法识别的字符，请删除后再提交。'
  if (email && (email.length > 254 || !EMAIL.test(email))) errors.email = '邮箱格式不正确，例如 name@example.com；不需要答复可以留空。'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, data: { pageUrl, description, ...(email ? { email } : {}) } }
}

/** The `?page=` a footer link brings: an address on this site, or nothing. */
export function reportedPage(value: unknown): string {
  const page = typeof value === 'string' ? value.trim() : ''
  return page.startsWith('/') && !page.startsWith('//') && page.length <= 500 && ADDRESS.test(page) ? page : ''
}
