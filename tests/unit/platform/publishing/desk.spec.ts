import { describe, expect, it } from 'vitest'
import {
  availableDeskActions,
  defaultScheduleValue,
  DESK_ACTIONS,
  DESK_MESSAGES,
  DESK_STATES,
  deskActionRefusal,
  deskInputProblem,
  formatBeijingMinute,
  isRequestableDeskAction,
  parseBeijingMinute,
  stateAfterEdit,
  type DeskAction,
  type DeskActor,
  type DeskState,
} from '@/platform/publishing/rules/desk'

const editor: DeskActor = { id: 1, roles: ['editor'] }
const reviewer: DeskActor = { id: 2, roles: ['reviewer'] }
const reviewerB: DeskActor = { id: 3, roles: ['reviewer'] }
const admin: DeskActor = { id: 4, roles: ['admin'] }
const handler: DeskActor = { id: 5, roles: ['handler'] }
const NOW = new Date('2026-12-03T02:00:30.000Z')

const actions = Object.keys(DESK_ACTIONS) as DeskAction[]

describe('desk transitions', () => {
  // Every (state, action) pair: allowed exactly from the step's listed states, for a reviewer who did not submit.
  for (const action of actions) {
    for (const state of DESK_STATES) {
      const facts = { state, submittedBy: 1, awaitingReview: true, forcedBy: 9 }
      const actor = action === 'forcePublish' ? admin : action === 'submit' ? editor : reviewer
      const expected = DESK_ACTIONS[action].from.includes(state)
      it(`${action} from ${state} is ${expected ? 'allowed' : 'refused'}`, () => {
        const refusal = deskActionRefusal(facts, action, actor, DESK_ACTIONS[action].byScheduler)
        if (expected) expect(refusal).toBeNull()
        else expect(refusal).toEqual({ status: 409, message: DESK_MESSAGES.wrongState(state, DESK_ACTIONS[action].label) })
      })
    }
  }

  it('leads each step to its state', () => {
    expect(Object.fromEntries(actions.map((a) => [a, DESK_ACTIONS[a].to]))).toEqual({
      submit: 'submitted', return: 'returned', approve: 'approved', publish: 'published', schedule: 'scheduled', unschedule: 'approved',
      publishScheduled: 'published', withdraw: 'withdrawn', unpublish: 'unpublished', restore: 'published', forcePublish: 'published', confirm: 'published',
    })
  })
})

describe('who may take a step', () => {
  it('lets editors only submit', () => {
    expect(availableDeskActions({ state: 'draft' }, editor)).toEqual(['submit'])
    expect(availableDeskActions({ state: 'submitted', submittedBy: 1 }, editor)).toEqual([])
    expect(availableDeskActions({ state: 'published' }, editor)).toEqual([])
    expect(deskActionRefusal({ state: 'submitted' }, 'publish', editor)).toEqual({ status: 403, message: DESK_MESSAGES.notAllowed('发布') })
  })

  it('gives handlers and anonymous visitors no step at all', () => {
    for (const state of DESK_STATES) {
      expect(availableDeskActions({ state }, handler)).toEqual([])
      expect(availableDeskActions({ state }, null)).toEqual([])
    }
  })

  it('never lets the submitter review, approve, publish or schedule their own submission', () => {
    for (const action of ['return', 'approve', 'publish', 'schedule'] as const) {
      expect(deskActionRefusal({ state: 'submitted', submittedBy: '2' }, action, reviewer)).toEqual({ status: 403, message: DESK_MESSAGES.ownSubmission })
      expect(deskActionRefusal({ state: 'submitted', submittedBy: 2 }, action, reviewerB)).toBeNull()
    }
    expect(deskActionRefusal({ state: 'approved', submittedBy: 2 }, 'publish', reviewer)?.message).toBe(DESK_MESSAGES.ownSubmission)
    expect(deskActionRefusal({ state: 'scheduled', submittedBy: 2 }, 'publishScheduled', reviewer, true)?.message).toBe(DESK_MESSAGES.ownSubmission)
  })

  it('offers a reviewer the review buttons for a colleague’s submission', () => {
    expect(availableDeskActions({ state: 'submitted', submittedBy: 1 }, reviewer)).toEqual(['return', 'approve', 'publish', 'schedule'])
    expect(availableDeskActions({ state: 'approved', submittedBy: 1 }, reviewer)).toEqual(['return', 'publish', 'schedule'])
    expect(availableDeskActions({ state: 'scheduled', submittedBy: 1 }, reviewer)).toEqual(['unschedule'])
  })

  it('lets one reviewer withdraw, unpublish and restore alone, whoever wrote the page', () => {
    expect(availableDeskActions({ state: 'published', submittedBy: 2 }, reviewer)).toEqual(['withdraw', 'unpublish'])
    expect(availableDeskActions({ state: 'withdrawn', submittedBy: 2 }, reviewer)).toEqual(['unpublish', 'restore'])
    expect(availableDeskActions({ state: 'unpublished', submittedBy: 2 }, reviewer)).toEqual(['restore'])
  })

  it('withdraws the public page even when a newer draft of it is under review', () => {
    const facts = { state: 'submitted' as const, publicState: 'published' as const, submittedBy: 1 }
    expect(availableDeskActions(facts, reviewer)).toEqual(['return', 'approve', 'publish', 'schedule', 'withdraw', 'unpublish'])
    expect(deskActionRefusal({ state: 'draft', publicState: 'unpublished' }, 'restore', reviewer)).toBeNull()
    expect(deskActionRefusal({ state: 'published', publicState: 'draft' }, 'withdraw', reviewer)?.status).toBe(409)
  })

  it('keeps the scheduled publication for the job worker', () => {
    expect(deskActionRefusal({ state: 'scheduled', submittedBy: 1 }, 'publishScheduled', reviewer)).toEqual({ status: 403, message: DESK_MESSAGES.scheduledOnly })
    expect(isRequestableDeskAction('publishScheduled')).toBe(false)
    expect(isRequestableDeskAction('publish')).toBe(true)
    expect(isRequestableDeskAction('delete')).toBe(false)
  })

  it('lets only an administrator publish without review, and another reviewer confirm it', () => {
    expect(deskActionRefusal({ state: 'draft' }, 'forcePublish', reviewer)?.status).toBe(403)
    expect(deskActionRefusal({ state: 'draft', submittedBy: 4 }, 'forcePublish', admin)).toBeNull()
    expect(deskActionRefusal({ state: 'published', awaitingReview: true, forcedBy: 4 }, 'confirm', admin)).toEqual({ status: 403, message: DESK_MESSAGES.ownForce })
    expect(deskActionRefusal({ state: 'published', awaitingReview: true, forcedBy: 4 }, 'confirm', reviewer)).toBeNull()
    expect(deskActionRefusal({ state: 'published', awaitingReview: false }, 'confirm', reviewer)).toEqual({ status: 409, message: DESK_MESSAGES.notForced })
    expect(deskActionRefusal({ state: 'draft', publicState: 'published', awaitingReview: true, forcedBy: 4 }, 'confirm', reviewer)).toBeNull()
  })
})

describe('what a step must be told', () => {
  it('needs a remark to return a draft', () => {
    expect(deskInputProblem('return', {}, NOW)).toBe(DESK_MESSAGES.remark)
    expect(deskInputProblem('return', { remark: '  ' }, NOW)).toBe(DESK_MESSAGES.remark)
    expect(deskInputProblem('return', { remark: 'x'.repeat(1001) }, NOW)).toBe(DESK_MESSAGES.remarkTooLong)
    expect(deskInputProblem('return', { remark: '第二段日期有误' }, NOW)).toBeNull()
  })

  it('takes an optional note with a submission', () => {
    expect(deskInputProblem('submit', {}, NOW)).toBeNull()
    expect(deskInputProblem('submit', { note: '请重点看第二段' }, NOW)).toBeNull()
    expect(deskInputProblem('submit', { note: 'x'.repeat(501) }, NOW)).toBe(DESK_MESSAGES.noteTooLong)
  })

  it('needs a public reason to withdraw, unpublish or restore, and a reason to force', () => {
    expect(deskInputProblem('withdraw', {}, NOW)).toBe(DESK_MESSAGES.publicReason('撤回'))
    expect(deskInputProblem('unpublish', { reason: ' ' }, NOW)).toBe(DESK_MESSAGES.publicReason('取消发布'))
    expect(deskInputProblem('restore', {}, NOW)).toBe(DESK_MESSAGES.publicReason('恢复'))
    expect(deskInputProblem('withdraw', { reason: 'x'.repeat(301) }, NOW)).toBe(DESK_MESSAGES.reasonTooLong(300))
    expect(deskInputProblem('restore', { reason: 'x'.repeat(196) }, NOW)).toBe(DESK_MESSAGES.reasonTooLong(195))
    expect(deskInputProblem('withdraw', { reason: '政策已废止' }, NOW)).toBeNull()
    expect(deskInputProblem('forcePublish', {}, NOW)).toBe(DESK_MESSAGES.forceReason)
  })

  it('takes the replacement address with the unpublishing, only on this site', () => {
    expect(deskInputProblem('unpublish', { reason: '已合并', replacementPath: '/policies/new' }, NOW)).toBeNull()
    expect(deskInputProblem('unpublish', { reason: '已合并', replacementPath: '' }, NOW)).toBeNull()
    expect(deskInputProblem('unpublish', { reason: '已合并', replacementPath: '//evil.example/x' }, NOW)).toBe(DESK_MESSAGES.replacement)
    expect(deskInputProblem('unpublish', { reason: '已合并', replacementPath: 'https://evil.example/' }, NOW)).toBe(DESK_MESSAGES.replacement)
  })

  it('schedules in Beijing time, in whole minutes, at least a minute ahead and within a year', () => {
    expect(deskInputProblem('schedule', {}, NOW)).toBe(DESK_MESSAGES.time)
    expect(deskInputProblem('schedule', { at: '明天上午' }, NOW)).toBe(DESK_MESSAGES.time)
    expect(deskInputProblem('schedule', { at: '2026-12-03T10:00' }, NOW)).toBe(DESK_MESSAGES.timePast)
    expect(deskInputProblem('schedule', { at: '2026-12-03T10:02' }, NOW)).toBeNull()
    expect(deskInputProblem('schedule', { at: '2026-12-03T02:05:30Z' }, NOW)).toBe(DESK_MESSAGES.time)
    expect(deskInputProblem('schedule', { at: '2028-12-03T10:02' }, NOW)).toBe(DESK_MESSAGES.timeFar)
  })
})

describe('Beijing time', () => {
  it('reads a datetime-local value as Beijing time', () => {
    expect(parseBeijingMinute('2026-12-03T10:15')).toBe('2026-12-03T02:15:00.000Z')
    expect(parseBeijingMinute('2026-12-03 00:05')).toBe('2026-12-02T16:05:00.000Z')
    expect(parseBeijingMinute('2026-02-30T10:15')).toBeNull()
    expect(parseBeijingMinute('2026-12-03T24:15')).toBeNull()
    expect(parseBeijingMinute('2026-12-03T10:15:00+08:00')).toBe('2026-12-03T02:15:00.000Z')
    expect(parseBeijingMinute(null)).toBeNull()
  })

  it('writes one format, and defaults a schedule to a whole minute ahead', () => {
    expect(formatBeijingMinute('2026-12-02T13:23:00.000Z')).toBe('2026-12-02 21:23')
    expect(formatBeijingMinute(null)).toBe('')
    expect(defaultScheduleValue(NOW, 60)).toBe('2026-12-03T11:01')
  })
})

describe('edits outside the steps', () => {
  it('keep a returned draft returned and make every other state a new draft', () => {
    const after = Object.fromEntries(DESK_STATES.map((s) => [s, stateAfterEdit(s)])) as Record<DeskState, DeskState>
    expect(after).toEqual({
      draft: 'draft', submitted: 'draft', returned: 'returned', approved: 'draft', scheduled: 'draft', published: 'draft', withdrawn: 'draft', unpublished: 'draft',
    })
  })
})
