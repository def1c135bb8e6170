import { describe, expect, it } from 'vitest'
import {
  applyHandlingAction,
  describeDueAt,
  dueSoonCutoff,
  endOfShanghaiDay,
  handlingActionsForChange,
  initialHandlingState,
  messageDeadlines,
  replyTiming,
  DEFAULT_REPLY_LIMITS,
  type HandlingState,
} from '@/features/feedback/rules/handling'

const received = initialHandlingState(7)
const assigned: HandlingState = { ...received, status: 'assigned', handlerId: '3' }

describe('handlingActionsForChange', () => {
  it('maps a status change to the action of the same name', () => {
    expect(handlingActionsForChange(received, { by: 'staff', status: 'accepted' })).toEqual({ ok: true, actions: [{ type: 'accept' }] })
    expect(handlingActionsForChange(received, { by: 'staff', status: 'declined', declineReason: '不属于职责' })).toEqual({
      ok: true,
      actions: [{ type: 'decline', reason: '不属于职责' }],
    })
    expect(handlingActionsForChange(assigned, { by: 'staff', status: 'replied', replyText: '答复' })).toEqual({
      ok: true,
      actions: [{ type: 'reply', text: '答复', department: undefined }],
    })
  })

  it('treats a new handler on an accepted message as assignment', () => {
    const accepted: HandlingState = { ...received, status: 'accepted' }
    const planned = handlingActionsForChange(accepted, { by: 'staff', handlerId: '5' })
    expect(planned).toEqual({ ok: true, actions: [{ type: 'assign', handlerId: '5', department: undefined }] })
    if (!planned.ok) return
    expect(applyHandlingAction(accepted, planned.actions[0])).toMatchObject({ ok: true, state: { status: 'assigned', handlerId: '5' } })
  })

  it('does nothing for a save that changes no handling field', () => {
    expect(handlingActionsForChange(assigned, { by: 'staff', handlerId: '3' })).toEqual({ ok: true, actions: [] })
  })

  it('puts an extension before the status change, so both are checked', () => {
    const accepted: HandlingState = { ...received, status: 'accepted' }
    const planned = handlingActionsForChange(accepted, { by: 'staff', status: 'assigned', handlerId: '2', extensionDays: 3, extensionReason: '调查' })
    expect(planned.ok && planned.actions.map((a) => a.type)).toEqual(['extend', 'assign'])
  })

  it('refuses moving back to received, staff reopening, and residents doing anything but reopening', () => {
    expect(handlingActionsForChange(assigned, { by: 'staff', status: 'received' }).ok).toBe(false)
    const replied: HandlingState = { ...assigned, status: 'replied', replyText: '答复' }
    expect(handlingActionsForChange(replied, { by: 'staff', status: 'assigned' })).toMatchObject({ ok: false, message: expect.stringContaining('留言人') })
    expect(handlingActionsForChange(replied, { by: 'resident', status: 'assigned' })).toEqual({ ok: true, actions: [{ type: 'reopen' }] })
    expect(handlingActionsForChange(replied, { by: 'resident', status: 'closed' }).ok).toBe(false)
    expect(handlingActionsForChange(replied, { by: 'resident', handlerId: '9' }).ok).toBe(false)
  })

  it('rejects an unknown status', () => {
    expect(handlingActionsForChange(received, { by: 'staff', status: 'archived' })).toEqual({ ok: false, message: '未知的办理状态：archived' })
  })
})

describe('deadlines of a message', () => {
  it('counts from the Shanghai day of receipt, skipping the National Day holiday', () => {
    // Received late on Monday 2026-09-28 (Shanghai); 10-01..10-07 are holidays.
    const deadlines = messageDeadlines(new Date('2026-09-28T15:00:00Z'), 'complaint', DEFAULT_REPLY_LIMITS)
    expect(deadlines.receivedMonth).toBe('2026-09')
    expect(deadlines.limitDays).toBe(7)
    expect(deadlines.acceptanceDueAt.toISOString()).toBe(endOfShanghaiDay('2026-09-30').toISOString())
    expect(deadlines.replyDueAt.getTime()).toBeGreaterThan(new Date('2026-10-08T00:00:00+08:00').getTime())
  })

  it('ends a day at midnight in China, whatever the server time zone', () => {
    expect(endOfShanghaiDay('2026-03-02').toISOString()).toBe('2026-03-02T15:59:59.999Z')
  })

  it('measures the reply in working days and judges it against the deadline day', () => {
    const receivedAt = new Date('2026-03-02T02:00:00Z')
    const due = endOfShanghaiDay('2026-03-09')
    expect(replyTiming(receivedAt, new Date('2026-03-09T08:00:00Z'), due)).toEqual({ workingDays: 5, onTime: true })
    expect(replyTiming(receivedAt, new Date('2026-03-10T01:00:00Z'), due)).toEqual({ workingDays: 6, onTime: false })
  })

  it('describes what is left, today, and how late', () => {
    const due = endOfShanghaiDay('2026-03-06')
    expect(describeDueAt(due, new Date('2026-03-02T02:00:00Z'))).toEqual({ state: 'on-time', text: '剩余 4 个工作日（2026-03-06 到期）' })
    expect(describeDueAt(due, new Date('2026-03-06T02:00:00Z')).state).toBe('due-soon')
    expect(describeDueAt(due, new Date('2026-03-10T02:00:00Z'))).toEqual({ state: 'overdue', text: '已超期 2 个工作日' })
    expect(dueSoonCutoff(new Date('2026-03-06T02:00:00Z'), 1).toISOString()).toBe(endOfShanghaiDay('2026-03-09').toISOString())
  })
})
