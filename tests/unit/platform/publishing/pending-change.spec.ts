import { describe, expect, it } from 'vitest'
import { holdGuardedChanges, pendingDecisionRefusal, PENDING_MESSAGES, requestRemoval } from '@/platform/publishing/rules/pending-change'

const editor = { id: 7, roles: ['editor'] }
const reviewer = { id: 8, roles: ['reviewer'] }
const now = '2026-12-03T04:00:00.000Z'
const stored = { name: '锦江区', code: 'jinjiang', parent: 3, order: 1 }

describe('holdGuardedChanges', () => {
  it("holds an editor's change to a guarded field and lets the rest through", () => {
    const result = holdGuardedChanges({ guarded: ['name', 'parent'], stored, incoming: { name: '锦江', order: 2, parent: { id: 3 } }, pending: null, actor: editor, now })
    expect(result.data).toEqual({ name: '锦江区', order: 2, parent: { id: 3 } })
    expect(result.pending).toEqual({ changes: { name: '锦江' }, remove: undefined, by: 7, at: now })
  })

  it('lets reviewers and the system write directly, keeping what is pending', () => {
    const pending = { changes: { name: 'x' }, by: 7, at: now }
    expect(holdGuardedChanges({ guarded: ['name'], stored, incoming: { name: '新' }, pending, actor: reviewer, now })).toEqual({ data: { name: '新' }, pending })
    expect(holdGuardedChanges({ guarded: ['name'], stored, incoming: { name: '新' }, pending: null, actor: null, now }).data).toEqual({ name: '新' })
  })

  it('adds to what is pending, and drops a change back to the value in force', () => {
    const pending = { changes: { name: '锦江' }, by: 9, at: '2026-12-01T00:00:00.000Z' }
    const more = holdGuardedChanges({ guarded: ['name', 'code'], stored, incoming: { code: 'jj' }, pending, actor: editor, now })
    expect(more.pending?.changes).toEqual({ name: '锦江', code: 'jj' })
    const back = holdGuardedChanges({ guarded: ['name'], stored, incoming: { name: '' }, pending: { changes: { name: '锦江' }, by: 7, at: now }, actor: editor, now })
    expect(back.pending?.changes).toEqual({ name: '' })
    const same = holdGuardedChanges({ guarded: ['name', 'code'], stored, incoming: { name: '锦江区', code: 'jj' }, pending: { changes: { name: '锦江' }, by: 7, at: now }, actor: editor, now })
    expect(same.pending?.changes).toEqual({ name: '锦江', code: 'jj' })
    const undone = holdGuardedChanges({ guarded: ['code'], stored, incoming: { code: 'x' }, pending: null, actor: editor, now })
    const reverted = holdGuardedChanges({ guarded: ['code'], stored: { ...stored, code: 'x' }, incoming: { code: 'y' }, pending: { changes: { code: 'x' }, by: 7, at: now }, actor: editor, now })
    expect(undone.pending?.changes).toEqual({ code: 'x' })
    expect(reverted.pending?.changes).toEqual({ code: 'y' })
  })
})

describe('who decides', () => {
  const pending = { changes: { name: '锦江' }, by: 7, at: now }
  it('is a reviewer or administrator other than the author', () => {
    expect(pendingDecisionRefusal(reviewer, pending)).toBeNull()
    expect(pendingDecisionRefusal(editor, pending)).toBe(PENDING_MESSAGES.notReviewer)
    expect(pendingDecisionRefusal({ id: 7, roles: ['editor', 'reviewer'] }, pending)).toBe(PENDING_MESSAGES.ownChange)
    expect(pendingDecisionRefusal(reviewer, null)).toBe(PENDING_MESSAGES.nothingPending)
  })

  it('lets editors, and only editors, ask for a deletion', () => {
    expect(requestRemoval(editor, pending, now)).toEqual({ ok: true, pending: { changes: { name: '锦江' }, remove: true, by: 7, at: now } })
    expect(requestRemoval(reviewer, null, now)).toEqual({ ok: false, message: PENDING_MESSAGES.removalNeedsEditor })
  })
})
