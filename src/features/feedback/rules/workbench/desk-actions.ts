import { allowedActions, applyHandlingAction } from '@/features/feedback/rules/handling/state-machine'
import type { HandlingAction, HandlingActionType, HandlingState } from '@/features/feedback/rules/handling/types'

/** A form field of one desk action; `options` are filled by the server (departments, colleagues). */
export type DeskField = {
  name: 'reason' | 'to' | 'department' | 'handler' | 'days' | 'text' | 'result'
  label: string
  kind: 'text' | 'textarea' | 'number' | 'department' | 'handler'
  required: boolean
  /** The text a template of this action fills (its placeholders are filled when sent). */
  fromTemplate?: boolean
}

type StaffActionType = Exclude<HandlingActionType, 'reopen'>

const reason = (label: string): DeskField => ({ name: 'reason', label, kind: 'textarea', required: true, fromTemplate: true })

/** What each button of the handling desk is called and asks for; the resident's reopening is not here. */
const DESK: Readonly<Record<StaffActionType, { label: string; fields: readonly DeskField[] }>> = {
  accept: { label: '受理', fields: [] },
  decline: { label: '不予受理', fields: [reason('不予受理理由（群众可见）')] },
  transfer: {
    label: '转办',
    fields: [
      { name: 'to', label: '转办单位', kind: 'text', required: true },
      { name: 'reason', label: '转办理由（群众可见）', kind: 'textarea', required: true, fromTemplate: true },
    ],
  },
  assign: {
    label: '交办',
    fields: [
      { name: 'department', label: '承办部门', kind: 'department', required: false },
      { name: 'handler', label: '承办人', kind: 'handler', required: false },
    ],
  },
  return: { label: '退回', fields: [reason('退回理由（内部）')] },
  extend: {
    label: '申请延期',
    fields: [
      { name: 'days', label: '延长工作日', kind: 'number', required: true },
      reason('延期理由'),
    ],
  },
  reply: {
    label: '答复',
    fields: [
      { name: 'text', label: '答复内容', kind: 'textarea', required: true, fromTemplate: true },
      { name: 'result', label: '办理结果（填入模板中的 {办理结果}）', kind: 'text', required: false },
    ],
  },
  close: { label: '办结', fields: [] },
}

export type DeskActionKey = StaffActionType

export function isDeskAction(value: unknown): value is DeskActionKey {
  return typeof value === 'string' && Object.hasOwn(DESK, value)
}

export type DeskAction = { key: DeskActionKey; label: string; fields: readonly DeskField[] }

/** 交办 the first time, 改派 once someone already has it. */
export function deskActionLabel(key: DeskActionKey, state: HandlingState): string {
  return key === 'assign' && state.status === 'assigned' ? '改派' : DESK[key].label
}

/** The buttons of the desk: exactly the staff actions the state machine would allow now. */
export function deskActions(state: HandlingState): DeskAction[] {
  return allowedActions(state)
    .filter((type): type is DeskActionKey => type !== 'reopen')
    .map((key) => ({ key, label: deskActionLabel(key, state), fields: DESK[key].fields }))
}

const field = (input: Record<string, unknown>, name: string) => {
  const value = input[name]
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''
}

/** A desk form as sent (form fields or JSON), read into the state machine's action. */
export function deskInputAction(key: DeskActionKey, input: Record<string, unknown>): HandlingAction {
  switch (key) {
    case 'accept':
    case 'close':
      return { type: key }
    case 'decline':
    case 'return':
      return { type: key, reason: field(input, 'reason') }
    case 'transfer':
      return { type: 'transfer', to: field(input, 'to'), reason: field(input, 'reason') }
    case 'assign':
      return { type: 'assign', handlerId: field(input, 'handler') || undefined, department: field(input, 'department') || undefined }
    case 'extend': {
      const days = field(input, 'days')
      return { type: 'extend', reason: field(input, 'reason'), workingDays: /^\d{1,3}$/.test(days) ? Number(days) : NaN }
    }
    case 'reply':
      return { type: 'reply', text: field(input, 'text') }
  }
}

export type DeskPlan =
  | { ok: true; action: HandlingAction; state: HandlingState }
  | { ok: false; message: string }

/**
 * Checks a desk action against the state machine before anything is saved, so that a refused step
 * answers with its reason and changes nothing. The collection hook runs the same machine again.
 */
export function planDeskAction(state: HandlingState, key: string, input: Record<string, unknown>): DeskPlan {
  if (!isDeskAction(key)) return { ok: false, message: '没有这项办理操作' }
  const action = deskInputAction(key, input)
  if (action.type === 'extend' && Number.isNaN(action.workingDays)) return { ok: false, message: '延期天数应为正整数个工作日' }
  const result = applyHandlingAction(state, action)
  return result.ok ? { ok: true, action, state: result.state } : result
}

/** The saved fields a planned action stands for, as the collection's update expects them. */
export function deskUpdateData(action: HandlingAction): Record<string, unknown> {
  switch (action.type) {
    case 'accept':
      return { status: 'accepted' }
    case 'decline':
      return { status: 'declined', declineReason: action.reason }
    case 'transfer':
      return { status: 'transferred', transferredTo: action.to, transferReason: action.reason }
    case 'assign':
      return { status: 'assigned', assignedTo: action.handlerId ?? null, department: action.department ?? null }
    case 'return':
      return { status: 'accepted', assignedTo: null, department: null }
    case 'extend':
      return { extensionDays: action.workingDays, extensionReason: action.reason }
    case 'reply':
      return { status: 'replied', reply: action.text }
    case 'close':
      return { status: 'closed' }
    case 'reopen':
      return { status: 'assigned' }
  }
}
