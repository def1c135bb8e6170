import { MAX_TOTAL_WORKING_DAYS } from './limits'
import { statusRefusal } from './rules'
import type { HandlingAction, HandlingActionType, HandlingResult, HandlingState } from './types'

/** A new message, with the reply limit for its kind (see DEFAULT_REPLY_LIMITS). */
export function initialHandlingState(limitDays: number): HandlingState {
  return { status: 'received', reopenCount: 0, extended: false, limitDays }
}

const refuse = (message: string): HandlingResult => ({ ok: false, message })
const text = (value: string | undefined) => (typeof value === 'string' ? value.trim() : '')

/** Applies one staff or resident action; never changes the state passed in. */
export function applyHandlingAction(state: HandlingState, action: HandlingAction): HandlingResult {
  const refusal = statusRefusal(state, action.type)
  if (refusal) return refuse(refusal)
  switch (action.type) {
    case 'accept':
      return { ok: true, state: { ...state, status: 'accepted' } }
    case 'decline': {
      const reason = text(action.reason)
      if (!reason) return refuse('请填写不予受理的理由')
      return { ok: true, state: { ...state, status: 'declined', declineReason: reason } }
    }
    case 'transfer': {
      const [to, reason] = [text(action.to), text(action.reason)]
      if (!to) return refuse('请填写转办的单位')
      if (!reason) return refuse('请填写转办理由')
      return {
        ok: true,
        state: { ...state, status: 'transferred', transferredTo: to, transferReason: reason },
      }
    }
    case 'assign': {
      const [handlerId, department] = [text(action.handlerId), text(action.department)]
      if (!handlerId && !department) return refuse('请指定承办人或承办部门')
      // A new assignment replaces the old one whole: a new department means a new handler.
      const { handlerId: _h, department: _d, ...rest } = state
      const next: HandlingState = { ...rest, status: 'assigned' }
      if (handlerId) next.handlerId = handlerId
      if (department) next.department = department
      return { ok: true, state: next }
    }
    case 'reply': {
      const [replyText, replyDepartment] = [text(action.text), text(action.department)]
      if (!replyText) return refuse('请填写答复内容')
      const { replyDepartment: _old, ...rest } = state
      const next: HandlingState = { ...rest, status: 'replied', replyText }
      if (replyDepartment) next.replyDepartment = replyDepartment
      return { ok: true, state: next }
    }
    case 'close':
      return { ok: true, state: { ...state, status: 'closed' } }
    case 'reopen':
      // Back to the same handler; the collection hook starts a fresh reply period from today.
      return {
        ok: true,
        state: { ...state, status: 'assigned', reopenCount: state.reopenCount + 1 },
      }
    case 'extend':
      return extend(state, action)
    case 'return': {
      const reason = text(action.reason)
      if (!reason) return refuse('请填写退回理由')
      const { handlerId: _h, department: _d, ...rest } = state
      return { ok: true, state: { ...rest, status: 'accepted', returnReason: reason } }
    }
  }
}

type Extend = Extract<HandlingAction, { type: 'extend' }>

function extend(state: HandlingState, action: Extend): HandlingResult {
  const reason = text(action.reason)
  if (!reason) return refuse('请填写延期理由')
  const days = action.workingDays
  if (!Number.isInteger(days) || days < 1) return refuse('延期天数应为正整数个工作日')
  const room = MAX_TOTAL_WORKING_DAYS - state.limitDays
  if (days > room) {
    return refuse(
      `办理时限合计不能超过 ${MAX_TOTAL_WORKING_DAYS} 个工作日，本留言最多还能延期 ${room} 个工作日`,
    )
  }
  return {
    ok: true,
    state: { ...state, extended: true, limitDays: state.limitDays + days, extensionReason: reason },
  }
}

const ACTION_ORDER: readonly HandlingActionType[] = [
  'accept', 'decline', 'transfer', 'assign', 'return', 'reply', 'extend', 'close', 'reopen',
]

/** The actions that could succeed now, given the right input: for showing buttons. */
export function allowedActions(state: HandlingState): HandlingActionType[] {
  return ACTION_ORDER.filter((type) => statusRefusal(state, type) === null)
}
