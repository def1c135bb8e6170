import { answerProblem, type AnswerInput } from './answers'
import { answerClock, correctionDeadline, correctionLapsed, DEFAULT_CORRECTION_DAYS, extensionProblem, MAX_CORRECTION_DAYS } from './deadlines'
import type { ApplicationStatus } from './statuses'

export type CorrectionRecord = { requestedAt: string; dueDay: string; what: string; answeredAt?: string | null; answer?: string | null }
export type ExtensionRecord = { days: number; approvedBy: string; reason: string; at: string }

/** What the rules need to know of a stored application. */
export type ApplicationState = {
  status: ApplicationStatus
  receivedAt: string
  corrections: CorrectionRecord[]
  extension?: ExtensionRecord | null
}

export type ApplicationStep =
  | { kind: 'request-correction'; what: string; days?: number }
  | { kind: 'record-correction'; text: string }
  | { kind: 'extend'; days: number; approvedBy: string; reason: string }
  | { kind: 'answer'; answer: AnswerInput }
  | { kind: 'lapse' }

export type StepKind = ApplicationStep['kind']

export const STEP_LABELS: Record<StepKind, string> = {
  'request-correction': '告知补正',
  'record-correction': '登记申请人的补正',
  extend: '延长答复期限',
  answer: '作出答复',
  lapse: '视为放弃申请（逾期未补正）',
}

const filled = (value: unknown) => typeof value === 'string' && value.trim().length > 0

export const clockOf = (state: ApplicationState) =>
  answerClock({ receivedAt: state.receivedAt, corrections: state.corrections, extensionDays: state.extension?.days })

const openCorrection = (state: ApplicationState) => state.corrections.find((c) => !c.answeredAt)

/** Why a step may not be taken now, or undefined when it may. */
export function stepProblem(state: ApplicationState, step: ApplicationStep, now: Date): string | undefined {
  switch (step.kind) {
    case 'request-correction': {
      if (state.status !== 'received') return '只有办理中的申请可以告知补正。'
      // Art. 30: what needs correcting is told once, all at once (一次性告知).
      if (state.corrections.length > 0) return '补正只能一次性告知，本申请已经告知过补正。'
      if (!filled(step.what)) return '请写明需要补正的事项（哪些内容不明确、应当怎样补充）。'
      const days = step.days ?? DEFAULT_CORRECTION_DAYS
      if (!Number.isInteger(days) || days < 1 || days > MAX_CORRECTION_DAYS) return `补正期限应为 1 至 ${MAX_CORRECTION_DAYS} 个工作日。`
      return undefined
    }
    case 'record-correction': {
      if (state.status !== 'awaiting-correction' || !openCorrection(state)) return '本申请没有等待补正的事项。'
      if (correctionLapsed(openCorrection(state)!.dueDay, now)) return '补正期限已过，申请人未补正，视为放弃申请。'
      if (!filled(step.text)) return '请填写补正的内容。'
      return undefined
    }
    case 'extend': {
      if (state.status !== 'received') return '只有办理中的申请可以延长答复期限。'
      if (!filled(step.approvedBy)) return '延长答复期限须经政府信息公开工作机构负责人同意，请填写批准人。'
      if (!filled(step.reason)) return '请写明延长的理由。'
      return extensionProblem(clockOf(state), Boolean(state.extension), step.days, now)
    }
    case 'answer':
      if (state.status !== 'received') return '只有办理中的申请可以答复。'
      return answerProblem(step.answer)
    case 'lapse': {
      const open = openCorrection(state)
      if (state.status !== 'awaiting-correction' || !open) return '只有等待补正的申请才会因逾期未补正而视为放弃。'
      if (!correctionLapsed(open.dueDay, now)) return `补正期限 ${open.dueDay} 尚未届满，不能视为放弃申请。`
      return undefined
    }
  }
}

/** The steps open now, for the desk's buttons: nothing is offered that the rules would refuse for its state alone. */
export function openSteps(state: ApplicationState, now: Date): StepKind[] {
  const probe: Record<StepKind, ApplicationStep> = {
    'request-correction': { kind: 'request-correction', what: 'x' },
    'record-correction': { kind: 'record-correction', text: 'x' },
    extend: { kind: 'extend', days: 1, approvedBy: 'x', reason: 'x' },
    answer: { kind: 'answer', answer: { type: 'disclosed', provided: 'x' } },
    lapse: { kind: 'lapse' },
  }
  return (Object.keys(probe) as StepKind[]).filter((kind) => !stepProblem(state, probe[kind], now))
}

/** The state after a step the rules allowed (see `stepProblem`). */
export function applyStep(state: ApplicationState, step: ApplicationStep, now: Date): ApplicationState {
  const at = now.toISOString()
  switch (step.kind) {
    case 'request-correction': {
      const days = step.days ?? DEFAULT_CORRECTION_DAYS
      const correction = { requestedAt: at, dueDay: correctionDeadline(now, days), what: step.what.trim() }
      return { ...state, status: 'awaiting-correction', corrections: [...state.corrections, correction] }
    }
    case 'record-correction':
      return {
        ...state,
        status: 'received',
        corrections: state.corrections.map((c) => (c.answeredAt ? c : { ...c, answeredAt: at, answer: step.text.trim() })),
      }
    case 'extend':
      return { ...state, extension: { days: step.days, approvedBy: step.approvedBy.trim(), reason: step.reason.trim(), at } }
    case 'answer':
      return { ...state, status: 'answered' }
    case 'lapse':
      return { ...state, status: 'lapsed' }
  }
}
