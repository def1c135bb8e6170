const ALLOWED = /^(https?:|mailto:|tel:)/i

/** Keeps web, mail, phone and same-site links; anything else (javascript:, data:, …) becomes '#'. */
export function safeHref(href: string | null | undefined): string {
  const value = (href ?? '').trim()
  if (!value) return '#'
  if (value.startsWith('/') && !value.startsWith('//')) return value
  if (value.startsWith('#')) return value
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const squashed = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  return ALLOWED.test(squashed) && ALLOWED.test(value) ? value : '#'
}
