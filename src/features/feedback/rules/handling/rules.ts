import { MAX_TOTAL_WORKING_DAYS } from './limits'
import { STATUS_LABELS, type HandlingStatus } from './statuses'
import type { HandlingActionType, HandlingState } from './types'

/** Where each action may be taken. Reassigning a message already being handled is allowed. */
const FROM: Readonly<Record<HandlingActionType, readonly HandlingStatus[]>> = {
  accept: ['received'],
  decline: ['received'],
  transfer: ['received'],
  assign: ['accepted', 'assigned'],
  reply: ['assigned'],
  close: ['replied'],
  reopen: ['replied'],
  extend: ['accepted', 'assigned'],
  return: ['assigned'],
}

const WRONG_STATUS: Readonly<Record<HandlingActionType, string>> = {
  accept: '不能再受理',
  decline: '不能再作不予受理处理',
  transfer: '不能直接转办',
  assign: '不能交办',
  reply: '不能直接答复',
  close: '不能办结',
  reopen: '不能重新办理',
  extend: '不能延期',
  return: '不能退回',
}

const HINTS: Partial<Record<`${HandlingStatus}:${HandlingActionType}`, string>> = {
  'received:assign': '请先受理留言，再交办',
  'received:reply': '留言尚未受理和交办，不能直接答复',
  'accepted:reply': '留言尚未交办，不能直接答复',
  'replied:assign': '已答复的留言不能直接交办；群众不满意时，请使用“重新办理”',
  'received:extend': '留言尚未受理，不能延期',
  'received:return': '留言尚未交办，无需退回',
  'accepted:return': '留言尚未交办，无需退回',
}

/** A refusal that does not depend on what the action carries, or null if the action may start. */
export function statusRefusal(state: HandlingState, type: HandlingActionType): string | null {
  const { status } = state
  if (status === 'closed') return '留言已办结，不能再办理'
  if (status === 'declined') return '留言已不予受理，不能再办理'
  if (status === 'transferred') return '留言已转办其他单位，本单位不能再办理'
  if (!FROM[type].includes(status)) {
    return HINTS[`${status}:${type}`] ?? `${STATUS_LABELS[status]}的留言${WRONG_STATUS[type]}`
  }
  if (type === 'reopen' && state.reopenCount >= 1) return '留言已重新办理过一次，不能再次重新办理'
  if (type === 'extend' && state.extended) return '留言已延期过一次，不能再次延期'
  if (type === 'extend' && state.limitDays >= MAX_TOTAL_WORKING_DAYS) {
    return `办理时限已是 ${MAX_TOTAL_WORKING_DAYS} 个工作日的上限，不能再延期`
  }
  return null
}
