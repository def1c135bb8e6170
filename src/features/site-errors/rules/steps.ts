import { ERROR_REPORT_OUTCOMES, ERROR_REPORT_STATUSES, type ErrorReportOutcome, type ErrorReportStatus } from './statuses'

/** The two ways a report is settled: an answer saying what was found, or a recorded refusal (spam, no content). */
export const ERROR_REPORT_STEPS = [
  { key: 'answer', label: '答复并办结', to: 'answered', hint: '写明核实结果；留了邮箱的，答复会发到对方邮箱。' },
  { key: 'dismiss', label: '不予处理', to: 'dismissed', hint: '只用于广告、无意义或与本网站无关的内容，写明理由。' },
] as const

export type ErrorReportStepKey = (typeof ERROR_REPORT_STEPS)[number]['key']

export type ErrorReportChange =
  | { status: 'answered'; outcome: ErrorReportOutcome; answer: string }
  | { status: 'dismissed'; dismissReason: string }

export type StepPlan = { ok: true; change: ErrorReportChange } | { ok: false; message: string }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** The steps a report in `status` may take next (the desk shows these buttons only). */
export function nextSteps(status: unknown) {
  const allowed: readonly string[] = ERROR_REPORT_STATUSES.find((entry) => entry.value === status)?.steps ?? []
  return ERROR_REPORT_STEPS.filter((step) => allowed.includes(step.key))
}

/** Whether `key` may be taken from `status` with `input`, and what it saves; a refusal changes nothing. */
export function planStep(status: ErrorReportStatus | string, key: string, input: Record<string, unknown>): StepPlan {
  const step = ERROR_REPORT_STEPS.find((candidate) => candidate.key === key)
  if (!step) return { ok: false, message: '没有这个办理操作。' }
  if (!nextSteps(status).some((allowed) => allowed.key === key)) return { ok: false, message: '这份报告已经办结，不能再办理。' }
  if (step.key === 'dismiss') {
    const reason = text(input.dismissReason)
    if (reason.length < 2) return { ok: false, message: '请写明不予处理的理由。' }
    if (reason.length > 500) return { ok: false, message: '理由请不要超过 500 字。' }
    return { ok: true, change: { status: 'dismissed', dismissReason: reason } }
  }
  const outcome = ERROR_REPORT_OUTCOMES.find((candidate) => candidate.value === input.outcome)
  if (!outcome) return { ok: false, message: '请选择核实结果。' }
  const answer = text(input.answer)
  if (answer.length < 2) return { ok: false, message: '请填写答复内容。' }
  if (answer.length > 2000) return { ok: false, message: '答复内容请不要超过 2000 字。' }
  return { ok: true, change: { status: 'answered', outcome: outcome.value, answer } }
}

/** The step a saved change of status is (from the admin form or the API), to be judged like a desk step. */
export function stepOfStatusChange(to: unknown): ErrorReportStepKey | null {
  return ERROR_REPORT_STEPS.find((step) => step.to === to)?.key ?? null
}
