import { PUBLIC_NUMBERS, redactPersonalData } from '@/features/feedback/rules/personal-data/personal-data'
import { usefulnessPage, type UsefulnessSection } from './usefulness-pages'

export const REASON_MAX_CHARS = 200

export type UsefulnessAnswer = { path: string; section: UsefulnessSection; slug: string; useful: boolean; reason: string }
export type AnswerResult = { ok: true; answer: UsefulnessAnswer } | { ok: false; message: string }

/**
 * One short reason on one line, with anything that looks like a phone, ID number, e-mail,
 * address or a person's health detail replaced by 【…已隐去】 before it is stored: the form asks
 * for no personal data, and whatever a reader types anyway is never kept.
 */
export function cleanReason(value: unknown): string {
  const text = typeof value === 'string' ? value : ''
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/gu, ' ').trim()
  const short = Array.from(flat).slice(0, REASON_MAX_CHARS).join('')
  return redactPersonalData(short, { allowList: PUBLIC_NUMBERS })
}

export function readUsefulnessForm(input: { path: unknown; useful: unknown; reason: unknown }): AnswerResult {
  const page = usefulnessPage(input.path)
  if (!page) return { ok: false, message: '无法识别您评价的页面，请返回页面后重试。' }
  if (input.useful !== 'yes' && input.useful !== 'no') return { ok: false, message: '请选择“有帮助”或“没有帮助”。' }
  return { ok: true, answer: { ...page, useful: input.useful === 'yes', reason: cleanReason(input.reason) } }
}
