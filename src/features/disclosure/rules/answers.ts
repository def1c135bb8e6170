/**
 * The kinds of answer of Art. 36, with the sub-reasons of the national annual-report template
 * (国办公开办函〔2021〕30号), so that a reply letter and the yearly table come from one fact.
 */
export const ANSWER_TYPES = [
  { value: 'disclosed', label: '予以公开' },
  { value: 'partly-disclosed', label: '部分公开' },
  { value: 'withheld', label: '不予公开' },
  { value: 'unavailable', label: '无法提供' },
  { value: 'not-processed', label: '不予处理' },
  { value: 'referred', label: '告知另行申请或者向其他机关申请' },
] as const

export type AnswerType = (typeof ANSWER_TYPES)[number]['value']

/** 不予公开 and the withheld part of 部分公开: the legal ground, one of Art. 14–16. */
export const WITHHOLDING_GROUNDS = [
  { value: 'state-secret', label: '属于国家秘密', basis: '《中华人民共和国政府信息公开条例》第十四条' },
  { value: 'prohibited-by-law', label: '其他法律行政法规禁止公开', basis: '《中华人民共和国政府信息公开条例》第十四条' },
  { value: 'security-stability', label: '公开后可能危及国家安全、公共安全、经济安全、社会稳定', basis: '《中华人民共和国政府信息公开条例》第十四条' },
  { value: 'third-party', label: '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害', basis: '《中华人民共和国政府信息公开条例》第十五条' },
  { value: 'internal-affairs', label: '属于人事管理、后勤管理、内部工作流程等内部事务信息', basis: '《中华人民共和国政府信息公开条例》第十六条第一款' },
  { value: 'process-information', label: '属于讨论记录、过程稿、磋商信函、请示报告等过程性信息', basis: '《中华人民共和国政府信息公开条例》第十六条第二款' },
  { value: 'enforcement-file', label: '属于行政执法案卷信息', basis: '《中华人民共和国政府信息公开条例》第十六条第二款' },
  { value: 'inquiry-matter', label: '属于行政查询事项', basis: '《中华人民共和国政府信息公开条例》第三十六条第（七）项' },
] as const

export const UNAVAILABLE_REASONS = [
  { value: 'not-held', label: '本机关不掌握相关政府信息（信息不存在）', basis: '《中华人民共和国政府信息公开条例》第三十六条第（四）项' },
  { value: 'needs-compiling', label: '没有现成信息，需要另行制作', basis: '《中华人民共和国政府信息公开条例》第三十八条' },
  { value: 'still-unclear', label: '补正后申请内容仍不明确', basis: '《中华人民共和国政府信息公开条例》第三十条' },
] as const

export const NOT_PROCESSED_REASONS = [
  { value: 'petition', label: '属于信访、举报、投诉类申请', basis: '《中华人民共和国政府信息公开条例》第三十九条' },
  { value: 'repeated', label: '重复申请', basis: '《中华人民共和国政府信息公开条例》第三十六条第（六）项' },
  { value: 'publication', label: '要求提供公开出版物', basis: '《中华人民共和国政府信息公开条例》第三十九条' },
  { value: 'excessive', label: '无正当理由大量反复申请', basis: '《中华人民共和国政府信息公开条例》第三十五条' },
  { value: 'confirmation', label: '要求行政机关确认或重新出具已获取信息', basis: '《中华人民共和国政府信息公开条例》第三十九条' },
] as const

export const REFERRAL_KINDS = [
  { value: 'other-body', label: '告知向其他机关申请（不属于本机关负责公开）', basis: '《中华人民共和国政府信息公开条例》第三十六条第（五）项' },
  { value: 'other-procedure', label: '告知依照有关法律、行政法规的规定另行申请', basis: '《中华人民共和国政府信息公开条例》第三十六条第（七）项' },
] as const

export type Reason = { value: string; label: string; basis: string }

export const answerTypeLabel = (value: unknown) => ANSWER_TYPES.find((t) => t.value === value)?.label ?? String(value ?? '')
export const isAnswerType = (value: unknown): value is AnswerType => ANSWER_TYPES.some((t) => t.value === value)

/** The reasons a type of answer chooses from, if it has any. */
export function reasonsFor(type: AnswerType): readonly Reason[] {
  if (type === 'partly-disclosed' || type === 'withheld') return WITHHOLDING_GROUNDS
  if (type === 'unavailable') return UNAVAILABLE_REASONS
  if (type === 'not-processed') return NOT_PROCESSED_REASONS
  if (type === 'referred') return REFERRAL_KINDS
  return []
}

export const reasonOf = (type: AnswerType, value: unknown) => reasonsFor(type).find((r) => r.value === value)

/** What staff write for an answer; which parts are required depends on its type. */
export type AnswerInput = {
  type: AnswerType
  /** 予以公开 / 部分公开: the information given, or where and how it is provided. */
  provided?: string
  /** 部分公开: what is withheld. */
  withheldPart?: string
  /** The ground (不予公开, 部分公开), the reason (无法提供, 不予处理) or the referral kind. */
  reason?: string
  /** Why, in the case at hand. */
  explanation?: string
  /** 告知向其他机关申请: the body responsible and how to reach it. */
  otherBody?: string
}

/** The first thing missing from an answer of its type, or undefined when it may be sent. */
export function answerProblem(answer: AnswerInput): string | undefined {
  const filled = (value?: string) => typeof value === 'string' && value.trim().length > 0
  if (!isAnswerType(answer.type)) return '请选择答复类型。'
  const needsProvided = answer.type === 'disclosed' || answer.type === 'partly-disclosed'
  if (needsProvided && !filled(answer.provided)) return '请写明公开的信息内容或者获取方式。'
  if (answer.type === 'partly-disclosed' && !filled(answer.withheldPart)) return '部分公开时，请写明不予公开的部分。'
  if (reasonsFor(answer.type).length > 0 && !reasonOf(answer.type, answer.reason)) {
    return answer.type === 'referred' ? '请选择告知的类型。' : answer.type === 'partly-disclosed' || answer.type === 'withheld' ? '请选择不予公开的法律依据。' : '请选择理由。'
  }
  if (answer.type !== 'disclosed' && !filled(answer.explanation)) return '请写明理由（结合本申请的具体情况）。'
  if (answer.type === 'referred' && answer.reason === 'other-body' && !filled(answer.otherBody)) return '请写明负责公开该信息的机关名称和联系方式。'
  return undefined
}
