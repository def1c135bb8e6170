import { describe, expect, it } from 'vitest'
import {
  DEFAULT_REPLY_LIMITS,
  MAX_TOTAL_WORKING_DAYS,
  allowedActions,
  applyHandlingAction,
  initialHandlingState,
  type HandlingAction,
  type HandlingState,
  type HandlingStatus,
} from '@/features/feedback/rules/handling'

const fresh = (limitDays: number = DEFAULT_REPLY_LIMITS.complaint) => initialHandlingState(limitDays)

/** Applies actions in turn, failing the test on the first refusal. */
function run(state: HandlingState, ...actions: HandlingAction[]): HandlingState {
  return actions.reduce((current, action) => {
    const result = applyHandlingAction(current, action)
    if (!result.ok) throw new Error(`${action.type}: ${result.message}`)
    return result.state
  }, state)
}

function refusal(state: HandlingState, action: HandlingAction): string {
  const result = applyHandlingAction(state, action)
  if (result.ok) throw new Error(`${action.type} was allowed from ${state.status}`)
  expect(result.message).toMatch(/[\u4e00-\u9fff]/)
  return result.message
}

const accept: HandlingAction = { type: 'accept' }
const assign: HandlingAction = { type: 'assign', handlerId: 'u-7' }
const reply: HandlingAction = { type: 'reply', text: '您好，经核实……' }
const reopen: HandlingAction = { type: 'reopen' }
const extend: HandlingAction = { type: 'extend', reason: '需实地核查', workingDays: 5 }
const everyAction: HandlingAction[] = [
  accept,
  { type: 'decline', reason: '不属于本单位职责' },
  { type: 'transfer', to: '成都市卫生健康委员会', reason: '属其职责' },
  assign,
  reply,
  { type: 'close' },
  reopen,
  extend,
  { type: 'return', reason: '不属于本科室职责，请重新派单' },
]

const at = (status: HandlingStatus): HandlingState => ({ ...fresh(), status })

describe('applyHandlingAction: the legal paths', () => {
  it('accepts, assigns, replies and closes', () => {
    let state = run(fresh(), accept)
    expect(state.status).toBe('accepted')
    state = run(state, { type: 'assign', department: ' 政策法规科 ' })
    expect(state).toMatchObject({ status: 'assigned', department: '政策法规科' })
    expect(state.handlerId).toBeUndefined()
    state = run(state, { type: 'reply', text: '  您好  ', department: '政策法规科' })
    expect(state).toMatchObject({ status: 'replied', replyText: '您好', replyDepartment: '政策法规科' })
    expect(run(state, { type: 'close' }).status).toBe('closed')
  })

  it('declines with a reason', () => {
    const state = run(fresh(), { type: 'decline', reason: '诉求已通过诉讼途径处理' })
    expect(state).toMatchObject({ status: 'declined', declineReason: '诉求已通过诉讼途径处理' })
  })

  it('transfers to a named body with a reason', () => {
    const state = run(fresh(), { type: 'transfer', to: '某区卫健局', reason: '属地管理' })
    expect(state).toMatchObject({
      status: 'transferred',
      transferredTo: '某区卫健局',
      transferReason: '属地管理',
    })
  })

  it('reassigns a message being handled, replacing the old assignment', () => {
    const state = run(fresh(), accept, { type: 'assign', handlerId: 'u-1', department: '甲科' })
    const moved = run(state, { type: 'assign', department: '乙科' })
    expect(moved).toMatchObject({ status: 'assigned', department: '乙科' })
    expect(moved.handlerId).toBeUndefined()
  })

  it('reopens a replied message once, back to the same handler', () => {
    const state = run(fresh(), accept, assign, reply, reopen)
    expect(state).toMatchObject({ status: 'assigned', reopenCount: 1, handlerId: 'u-7' })
    expect(run(state, reply, { type: 'close' }).status).toBe('closed')
  })

  it('extends once, from accepted or assigned, up to 15 working days in all', () => {
    expect(run(fresh(7), accept, extend)).toMatchObject({
      status: 'accepted',
      extended: true,
      limitDays: 12,
      extensionReason: '需实地核查',
    })
    const full = run(fresh(5), accept, assign, { ...extend, workingDays: 10 })
    expect(full).toMatchObject({ status: 'assigned', limitDays: MAX_TOTAL_WORKING_DAYS })
  })

  it('never changes the state it was given', () => {
    const state = Object.freeze(fresh())
    expect(applyHandlingAction(state, accept).ok).toBe(true)
    expect(state.status).toBe('received')
  })
})

describe('applyHandlingAction: refusals', () => {
  it('refuses skipped steps', () => {
    expect(refusal(fresh(), reply)).toBe('留言尚未受理和交办，不能直接答复')
    expect(refusal(fresh(), assign)).toBe('请先受理留言，再交办')
    expect(refusal(fresh(), { type: 'close' })).toBe('已收到的留言不能办结')
    expect(refusal(at('accepted'), reply)).toBe('留言尚未交办，不能直接答复')
    expect(refusal(at('accepted'), { type: 'close' })).toBe('已受理的留言不能办结')
    expect(refusal(at('replied'), everyAction[2])).toBe('已答复的留言不能直接转办')
    expect(refusal(at('replied'), assign)).toMatch(/重新办理/)
    expect(refusal(at('assigned'), accept)).toBe('办理中的留言不能再受理')
    expect(refusal(fresh(), reopen)).toBe('已收到的留言不能重新办理')
    expect(refusal(fresh(), extend)).toBe('留言尚未受理，不能延期')
    expect(refusal(at('replied'), extend)).toBe('已答复的留言不能延期')
  })

  it('refuses everything once a message is finished', () => {
    const finished: Record<string, string> = {
      closed: '留言已办结，不能再办理',
      declined: '留言已不予受理，不能再办理',
      transferred: '留言已转办其他单位，本单位不能再办理',
    }
    for (const [status, message] of Object.entries(finished)) {
      for (const action of everyAction) {
        expect(refusal(at(status as HandlingStatus), action)).toBe(message)
      }
    }
  })

  it('requires the reasons and details each action needs', () => {
    expect(refusal(fresh(), { type: 'decline', reason: '  ' })).toBe('请填写不予受理的理由')
    expect(refusal(fresh(), { type: 'transfer', to: '', reason: '属地管理' })).toBe(
      '请填写转办的单位',
    )
    expect(refusal(fresh(), { type: 'transfer', to: '某区卫健局', reason: '' })).toBe(
      '请填写转办理由',
    )
    expect(refusal(at('accepted'), { type: 'assign' })).toBe('请指定承办人或承办部门')
    expect(refusal(at('accepted'), { type: 'assign', handlerId: ' ', department: '' })).toBe(
      '请指定承办人或承办部门',
    )
    expect(refusal(at('assigned'), { type: 'reply', text: '\n' })).toBe('请填写答复内容')
    expect(refusal(at('assigned'), { ...extend, reason: '' })).toBe('请填写延期理由')
    for (const workingDays of [0, -2, 1.5, Number.NaN]) {
      expect(refusal(at('assigned'), { ...extend, workingDays })).toBe(
        '延期天数应为正整数个工作日',
      )
    }
  })

  it('refuses a second reopening', () => {
    const reopened = run(fresh(), accept, assign, reply, reopen, reply)
    expect(refusal(reopened, reopen)).toBe('留言已重新办理过一次，不能再次重新办理')
  })

  it('refuses a second extension', () => {
    const extended = run(fresh(5), accept, { ...extend, workingDays: 2 })
    expect(refusal(extended, { ...extend, workingDays: 1 })).toBe('留言已延期过一次，不能再次延期')
  })

  it('refuses an extension beyond 15 working days in all', () => {
    expect(refusal(run(fresh(7), accept), { ...extend, workingDays: 9 })).toBe(
      '办理时限合计不能超过 15 个工作日，本留言最多还能延期 8 个工作日',
    )
    expect(refusal(run(fresh(DEFAULT_REPLY_LIMITS.report), accept), extend)).toBe(
      '办理时限已是 15 个工作日的上限，不能再延期',
    )
  })
})

describe('returning to the dispatcher (退回)', () => {
  it('takes a message being handled back to 已受理, unassigned, with a reason', () => {
    const state = { ...at('assigned'), handlerId: '4', department: '1' }
    const result = applyHandlingAction(state, { type: 'return', reason: '非本科室职责' })
    expect(result).toEqual({ ok: true, state: { ...at('accepted'), returnReason: '非本科室职责' } })
    expect(refusal(state, { type: 'return', reason: ' ' })).toBe('请填写退回理由')
    expect(refusal(at('accepted'), { type: 'return', reason: 'x' })).toBe('留言尚未交办，无需退回')
  })
})

describe('allowedActions', () => {
  it('offers what each status allows', () => {
    expect(allowedActions(fresh())).toEqual(['accept', 'decline', 'transfer'])
    expect(allowedActions(at('accepted'))).toEqual(['assign', 'extend'])
    expect(allowedActions(at('assigned'))).toEqual(['assign', 'return', 'reply', 'extend'])
    expect(allowedActions(at('replied'))).toEqual(['close', 'reopen'])
    for (const status of ['declined', 'transferred', 'closed'] as const) {
      expect(allowedActions(at(status))).toEqual([])
    }
  })

  it('drops reopening and extension once used up', () => {
    expect(allowedActions({ ...at('replied'), reopenCount: 1 })).toEqual(['close'])
    expect(allowedActions({ ...at('assigned'), extended: true })).toEqual(['assign', 'return', 'reply'])
    expect(allowedActions({ ...at('accepted'), limitDays: 15 })).toEqual(['assign'])
  })

  it('agrees with applyHandlingAction', () => {
    const states = (['received', 'accepted', 'assigned', 'replied', 'closed'] as const).flatMap(
      (status) => [at(status), { ...at(status), reopenCount: 1, extended: true }],
    )
    for (const state of states) {
      const allowed = everyAction
        .filter((action) => applyHandlingAction(state, action).ok)
        .map((action) => action.type)
      expect(allowedActions(state).sort()).toEqual(allowed.sort())
    }
  })
})
