import { pinyin } from 'pinyin-pro'

export { SLUG_PATTERN } from '@/platform/content/rules/content-slug'

const NUMBER_PARTS = /^(.+?)〔(\d{4})〕(\d+)号$/

const toPinyin = (text: string) =>
  pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')

/**
 * A readable, ASCII-only address for a notice, decided once when it is created:
 * 成办发〔2004〕5号 → chengbanfa-2004-5; without a number → notice-2004-00012.
 */
export function noticeSlug(input: { documentNumber?: string | null; year: number; sequence: number }): string {
  const parts = input.documentNumber?.match(NUMBER_PARTS)
  if (parts) {
    const prefix = toPinyin(parts[1])
    if (prefix) return `${prefix}-${parts[2]}-${Number(parts[3])}`
  }
  return `notice-${input.year}-${String(input.sequence).padStart(5, '0')}`
}
