import { describe, expect, it } from 'vitest'
import {
  decided,
  holdGuardedChanges,
  isUnapprovedNew,
  pendingDecisionRefusal,
  PENDING_MESSAGES,
  PUBLIC_REVIEW_STATES,
  requestRemoval,
  resubmitNewRecord,
  reviewStateOf,
  startRecord,
} from '@/platform/publishing/rules/pending-change'

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

describe('a new record where new records wait', () => {
  it("keeps an editor's new record out of public view, pending its first review; anyone else's is in force", () => {
    expect(startRecord(editor, true, now)).toEqual({ pending: { changes: {}, added: true, by: 7, at: now }, reviewState: 'new' })
    expect(startRecord(reviewer, true, now)).toEqual({ pending: null, reviewState: 'in-force' })
    expect(startRecord(null, true, now)).toEqual({ pending: null, reviewState: 'in-force' })
    expect(startRecord(editor, false, now)).toEqual({ pending: null, reviewState: 'in-force' })
    expect(PUBLIC_REVIEW_STATES).not.toContain('new')
    expect(PUBLIC_REVIEW_STATES).not.toContain('new-returned')
  })

  it('is public once approved, and stays hidden when returned until its editor saves it again', () => {
    const added = { changes: {}, added: true, by: 7, at: now }
    expect(decided(added, 'approve')).toEqual({ pendingChange: null, reviewState: 'in-force' })
    expect(decided(added, 'reject')).toEqual({ pendingChange: null, reviewState: 'new-returned' })
    expect(isUnapprovedNew('new-returned')).toBe(true)
    expect(isUnapprovedNew('change')).toBe(false)
    // The editor's next save sends it back to the queue, in their name; a reviewer's save does not.
    const again = resubmitNewRecord({ id: 9, roles: ['editor'] }, now)
    expect(again).toEqual({ changes: {}, added: true, by: 9, at: now })
    expect(reviewStateOf('new-returned', again)).toBe('new')
    expect(resubmitNewRecord(reviewer, now)).toBeNull()
    expect(reviewStateOf('new-returned', null)).toBe('new-returned')
  })

  it('names the state of a record in force by whether a change waits', () => {
    expect(reviewStateOf('in-force', null)).toBe('in-force')
    expect(reviewStateOf('in-force', { changes: { name: 'x' }, by: 7, at: now })).toBe('change')
    expect(reviewStateOf('change', null)).toBe('in-force')
    expect(reviewStateOf(undefined, null)).toBe('in-force')
    expect(decided({ changes: { name: 'x' }, by: 7, at: now }, 'reject')).toEqual({ pendingChange: null, reviewState: 'in-force' })
  })
})
