import { describe, expect, it } from 'vitest'
import { beforeMergeOf, mergeUndoReason, mergeUndoVerdict, restoredBeforeMerge, type MergeUndoCase } from '@/features/feedback/rules/workbench'

const handler = (id: string) => ({ id, roles: ['handler'] })
const merge = (viewer: MergeUndoCase['viewer'], into: Partial<MergeUndoCase['into']> = {}, merged: Partial<MergeUndoCase['merged']> = {}): MergeUndoCase => ({
  viewer,
  merged: { status: 'accepted', mergedInto: '10', mergedBy: '1', ...merged },
  into: { status: 'assigned', handlerId: '2', ...into },
})

describe('who may take a merge back (撤销合并), and while when', () => {
  it('allows whoever merged it, the handler of the message it went into, and administrators', () => {
    expect(mergeUndoVerdict(merge(handler('1')))).toEqual({ ok: true })
    expect(mergeUndoVerdict(merge(handler('2')))).toEqual({ ok: true })
    expect(mergeUndoVerdict(merge({ id: '9', roles: ['admin'] }))).toEqual({ ok: true })
  })

  it('refuses everyone else as forbidden, before saying anything about the messages', () => {
    const outsider = { ok: false, forbidden: true, message: '只有合并这条留言的工作人员、所并入留言的承办人或管理员可以撤销合并' }
    expect(mergeUndoVerdict(merge(handler('3')))).toEqual(outsider)
    expect(mergeUndoVerdict(merge(handler('3'), { status: 'replied' }))).toEqual(outsider)
    // Nobody is the handler of a message not handed over: an empty id matches no one.
    expect(mergeUndoVerdict(merge({ id: '', roles: ['handler'] }, { handlerId: '' }, { mergedBy: '1' }))).toEqual(outsider)
    for (const viewer of [null, { id: '1', roles: ['editor'] }, { id: '1', roles: ['reviewer'] }]) {
      expect(mergeUndoVerdict(merge(viewer))).toEqual({ ok: false, forbidden: true, message: '只有留言办理员和管理员可以办理留言。' })
    }
  })

  it('stops once the message merged into is answered, or the merged one has moved on', () => {
    for (const status of ['replied', 'closed']) {
      expect(mergeUndoVerdict(merge(handler('1'), { status }))).toEqual({ ok: false, forbidden: false, message: '所并入的留言已经答复，不能再撤销合并' })
    }
    // Declined or transferred without a reply: the merged message would wait for nothing, so it may come back.
    for (const status of ['received', 'accepted', 'declined', 'transferred']) expect(mergeUndoVerdict(merge(handler('1'), { status })).ok).toBe(true)
    expect(mergeUndoVerdict(merge(handler('1'), {}, { status: 'assigned' }))).toEqual({ ok: false, forbidden: false, message: '这条留言合并后已另行办理，不能撤销合并' })
    expect(mergeUndoVerdict(merge({ id: '9', roles: ['admin'] }, {}, { mergedInto: '' }))).toEqual({ ok: false, forbidden: false, message: '这条留言没有并入其他留言' })
  })

  it('asks for a reason of reasonable length', () => {
    expect(mergeUndoReason('  内容不同，应单独办理 ')).toEqual({ ok: true, reason: '内容不同，应单独办理' })
    expect(mergeUndoReason('   ')).toEqual({ ok: false, message: '请填写撤销合并的理由' })
    expect(mergeUndoReason(42)).toEqual({ ok: false, message: '请填写撤销合并的理由' })
    expect(mergeUndoReason('字'.repeat(501))).toEqual({ ok: false, message: '撤销合并的理由请不超过 500 字' })
  })
})

describe('putting a merged message back as it was', () => {
  const timeline = [
    { status: 'received', at: '2026-12-01T01:00:00.000Z' },
    { status: 'accepted', at: '2026-12-02T01:00:00.000Z' },
  ]
  const doc = { status: 'accepted' as const, timeline, acceptanceDueAt: '2026-12-02T15:59:59.999Z', replyDueAt: '2026-12-08T15:59:59.999Z' }

  it('makes a message the merge accepted 已收到 again, without that step, on its acceptance clock', () => {
    const before = beforeMergeOf({ status: 'received', timeline: timeline.slice(0, 1) })
    expect(before).toEqual({ status: 'received', timelineSteps: 1 })
    expect(restoredBeforeMerge(before, doc)).toEqual({ status: 'received', timeline: timeline.slice(0, 1), dueAt: doc.acceptanceDueAt })
  })

  it('leaves a message already accepted before the merge as it is, on its reply clock', () => {
    expect(restoredBeforeMerge(beforeMergeOf({ status: 'accepted', timeline }), doc)).toEqual({ status: 'accepted', timeline, dueAt: doc.replyDueAt })
  })

  it('keeps the message as it is when no record was kept (merged before there was one)', () => {
    expect(restoredBeforeMerge(null, doc)).toEqual({ status: 'accepted', timeline, dueAt: doc.replyDueAt })
    expect(restoredBeforeMerge({ status: undefined, timelineSteps: undefined }, doc)).toEqual({ status: 'accepted', timeline, dueAt: doc.replyDueAt })
  })
})
