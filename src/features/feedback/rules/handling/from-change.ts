import { checkStatusChange, isHandlingStatus } from './statuses'
import type { HandlingAction, HandlingState } from './types'

/**
 * What a save asks for, as the admin form, the REST API or the local API send it: a new status
 * and the fields that go with it. Absent fields are unchanged.
 */
export type HandlingChange = {
  by: 'staff' | 'resident'
  status?: string
  handlerId?: string
  department?: string
  declineReason?: string
  transferredTo?: string
  transferReason?: string
  replyText?: string
  replyDepartment?: string
  extensionDays?: number
  extensionReason?: string
  returnReason?: string
}

type Planned = { ok: true; actions: HandlingAction[] } | { ok: false; message: string }

/**
 * Turns a save into the state-machine actions it stands for, so that every path goes through
 * applyHandlingAction. Refuses skipped steps and the resident asking for anything but reopening.
 */
export function handlingActionsForChange(state: HandlingState, change: HandlingChange): Planned {
  const to = change.status ?? state.status
  if (!isHandlingStatus(to)) return { ok: false, message: `未知的办理状态：${to}` }
  const statusChanges = to !== state.status
  if (change.by === 'resident') {
    if (statusChanges && state.status === 'replied' && to === 'assigned') return { ok: true, actions: [{ type: 'reopen' }] }
    return { ok: false, message: '群众只能在对答复不满意时申请重新办理' }
  }
  const actions: HandlingAction[] = []
  if (change.extensionDays !== undefined) {
    actions.push({ type: 'extend', workingDays: change.extensionDays, reason: change.extensionReason ?? '' })
  }
  const assignmentChanged =
    (change.handlerId !== undefined && change.handlerId !== (state.handlerId ?? '')) ||
    (change.department !== undefined && change.department !== (state.department ?? ''))
  const assign: HandlingAction = {
    type: 'assign',
    handlerId: change.handlerId ?? state.handlerId,
    department: change.department ?? state.department,
  }
  if (!statusChanges) {
    if (assignmentChanged) actions.push(assign)
    return { ok: true, actions }
  }
  // Moves the state machine knows by name get its specific hints (e.g. "accept first").
  if (to === 'received') return checkStatusChange(state.status, to) as { ok: false; message: string }
  switch (to) {
    case 'accepted':
      // Back from 办理中 is the handler returning it to the dispatcher (退回).
      actions.push(state.status === 'assigned' ? { type: 'return', reason: change.returnReason ?? '' } : { type: 'accept' })
      break
    case 'declined':
      actions.push({ type: 'decline', reason: change.declineReason ?? '' })
      break
    case 'transferred':
      actions.push({ type: 'transfer', to: change.transferredTo ?? '', reason: change.transferReason ?? '' })
      break
    case 'assigned':
      if (state.status === 'replied') return { ok: false, message: '已答复的留言只能由留言人在不满意时申请重新办理' }
      actions.push(assign)
      break
    case 'replied':
      actions.push({ type: 'reply', text: change.replyText ?? state.replyText ?? '', department: change.replyDepartment ?? state.replyDepartment })
      break
    case 'closed':
      actions.push({ type: 'close' })
      break
  }
  return { ok: true, actions }
}
