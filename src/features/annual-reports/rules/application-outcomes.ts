import {
  ANSWER_TYPES,
  NOT_PROCESSED_REASONS,
  REFERRAL_KINDS,
  UNAVAILABLE_REASONS,
  WITHHOLDING_GROUNDS,
  type Reason,
} from '@/features/disclosure/rules'

type Choice = { value: string; label: string }

/** （六）其他处理 of the template: what ends an application without an answer of Art. 36. */
export const OTHER_HANDLING: readonly Choice[] = [
  { value: 'lapsed', label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
  // No fees are charged here (see the 公开指南), so this row stays at nought; the template has it.
  { value: 'unpaid', label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
  { value: 'other', label: '其他' },
]

/**
 * Where a referral (告知另行申请或者向其他机关申请, one answer type of our letters but no row of
 * the template) is counted: information another body holds is, for this body, 本机关不掌握相关政府信息
 * (Art. 36 (5)); being told to apply under another law counts as 其他处理.
 */
const REFERRAL_COUNTED_AS: Record<(typeof REFERRAL_KINDS)[number]['value'], string> = {
  'other-body': 'unavailable:not-held',
  'other-procedure': 'other:other',
}

const answer = (value: string) => ANSWER_TYPES.find((type) => type.value === value)!

/** The outcome sections （一）to（六）in the template's order, with the reasons each is split by. */
export const OUTCOME_SECTIONS: readonly { key: string; label: string; reasons: readonly (Choice | Reason)[] }[] = [
  { key: 'disclosed', label: answer('disclosed').label, reasons: [] },
  { key: 'partly-disclosed', label: `${answer('partly-disclosed').label}（区分处理的，只计这一情形，不计其他情形）`, reasons: [] },
  { key: 'withheld', label: answer('withheld').label, reasons: WITHHOLDING_GROUNDS },
  { key: 'unavailable', label: answer('unavailable').label, reasons: UNAVAILABLE_REASONS },
  { key: 'not-processed', label: answer('not-processed').label, reasons: NOT_PROCESSED_REASONS },
  { key: 'other', label: '其他处理', reasons: OTHER_HANDLING },
]

/** Every row an outcome is counted in: a section without reasons, or section:reason. */
export const OUTCOME_KEYS: readonly string[] = OUTCOME_SECTIONS.flatMap((section) =>
  section.reasons.length === 0 ? [section.key] : section.reasons.map((reason) => `${section.key}:${reason.value}`),
)

/**
 * The row a finished application is counted in. An answer whose reason is unknown (none is
 * stored without one) is counted as 其他 rather than dropped, so the totals always add up.
 */
export function outcomeKeyOf(status: string, answerType?: string | null, answerReason?: string | null): string {
  if (status === 'lapsed') return 'other:lapsed'
  if (answerType === 'referred') return REFERRAL_COUNTED_AS[answerReason as keyof typeof REFERRAL_COUNTED_AS] ?? 'other:other'
  const key = OUTCOME_KEYS.includes(answerType ?? '') ? answerType! : `${answerType}:${answerReason}`
  return OUTCOME_KEYS.includes(key) ? key : 'other:other'
}
