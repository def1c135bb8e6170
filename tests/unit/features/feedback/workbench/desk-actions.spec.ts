import { describe, expect, it } from 'vitest'
import { initialHandlingState, type HandlingState, type HandlingStatus } from '@/features/feedback/rules/handling'
import { deskActions, deskUpdateData, parseWorkbenchFilters, planDeskAction } from '@/features/feedback/rules/workbench'

const at = (status: HandlingStatus, extra: Partial<HandlingState> = {}): HandlingState => ({ ...initialHandlingState(7), status, ...extra })
const labels = (state: HandlingState) => deskActions(state).map((a) => a.label)

describe('handling desk', () => {
  it('offers only the legal next steps for each state', () => {
    expect(labels(at('received'))).toEqual(['受理', '不予受理', '转办'])
    expect(labels(at('accepted'))).toEqual(['交办', '申请延期'])
    expect(labels(at('assigned', { handlerId: '4' }))).toEqual(['改派', '退回', '答复', '申请延期'])
    expect(labels(at('assigned', { extended: true }))).toEqual(['改派', '退回', '答复'])
    // Reopening belongs to the resident, never a staff button.
    expect(labels(at('replied'))).toEqual(['办结'])
    for (const status of ['declined', 'transferred', 'closed'] as const) expect(labels(at(status))).toEqual([])
  })

  it('asks each step for what it needs', () => {
    const fields = Object.fromEntries(deskActions(at('received')).map((a) => [a.key, a.fields.map((f) => f.name)]))
    expect(fields).toEqual({ accept: [], decline: ['reason'], transfer: ['to', 'reason'] })
  })

  it('refuses before saving, with the state machine’s reasons', () => {
    expect(planDeskAction(at('received'), 'reply', { text: '您好' })).toEqual({ ok: false, message: '留言尚未受理和交办，不能直接答复' })
    expect(planDeskAction(at('received'), 'decline', { reason: '  ' })).toEqual({ ok: false, message: '请填写不予受理的理由' })
    expect(planDeskAction(at('accepted'), 'extend', { days: 'abc', reason: '调查' })).toEqual({ ok: false, message: '延期天数应为正整数个工作日' })
    expect(planDeskAction(at('assigned'), 'reopen', {})).toEqual({ ok: false, message: '没有这项办理操作' })
    expect(planDeskAction(at('accepted'), 'assign', {})).toEqual({ ok: false, message: '请指定承办人或承办部门' })
  })

  it('turns a planned step into the fields to save', () => {
    const plan = planDeskAction(at('accepted'), 'assign', { handler: '4', department: '1' })
    expect(plan.ok && deskUpdateData(plan.action)).toEqual({ status: 'assigned', assignedTo: '4', department: '1' })
    const returned = planDeskAction(at('assigned', { handlerId: '4' }), 'return', { reason: '非本科室职责' })
    expect(returned.ok && deskUpdateData(returned.action)).toEqual({ status: 'accepted', assignedTo: null, department: null })
    const extended = planDeskAction(at('assigned'), 'extend', { days: '3', reason: '需实地核查' })
    expect(extended.ok && deskUpdateData(extended.action)).toEqual({ extensionDays: 3, extensionReason: '需实地核查' })
  })
})

describe('workbench filters', () => {
  it('reads the address bar, falling back to defaults on anything unknown', () => {
    expect(parseWorkbenchFilters({})).toEqual({ queue: 'unassigned', sort: 'time-left', page: 1 })
    expect(parseWorkbenchFilters({ queue: 'overdue', kind: 'complaint', department: '3', handler: '9', status: 'assigned', sort: 'newest', page: '2' }))
      .toEqual({ queue: 'overdue', kind: 'complaint', department: '3', handler: '9', status: 'assigned', sort: 'newest', page: 2 })
    expect(parseWorkbenchFilters({ queue: 'x', kind: '<b>', department: "1' or 1=1", status: 'nope', page: '-1' }))
      .toEqual({ queue: 'unassigned', sort: 'time-left', page: 1 })
  })
})
