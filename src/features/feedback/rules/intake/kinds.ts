import type { FeedbackKind } from './types'

export const FEEDBACK_KINDS: readonly { value: FeedbackKind; label: string; hint: string }[] =
  Object.freeze([
    { value: 'consultation', label: '咨询', hint: '想了解政策规定、办事流程或服务信息时，请选择此项。' },
    { value: 'suggestion', label: '建议', hint: '对我们的工作或服务有改进意见时，请选择此项。' },
    { value: 'complaint', label: '投诉', hint: '对工作人员或服务不满意、自身权益受到影响时，请选择此项。' },
    { value: 'praise', label: '表扬', hint: '想表扬工作人员或某项服务时，请选择此项。' },
    {
      value: 'report',
      label: '举报',
      hint: '发现违法违规行为（例如非法鉴定胎儿性别）需要反映时，请选择此项。',
    },
  ] as const)

export const FEEDBACK_LIMITS = Object.freeze({
  subjectMin: 4,
  subjectMax: 60,
  messageMin: 10,
  messageMax: 5000,
  nameMax: 30,
  emailMax: 100,
  /** How long the receipt with the code and key survives a reload on the resident's device. */
  receiptMinutes: 15,
} as const)

export function isFeedbackKind(value: unknown): value is FeedbackKind {
  return FEEDBACK_KINDS.some((kind) => kind.value === value)
}
