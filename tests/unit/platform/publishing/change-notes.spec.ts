import { describe, expect, it } from 'vitest'
import { applyChangeNote, CHANGE_NOTE_MESSAGES } from '@/platform/publishing/rules/change-notes'

const NOW = '2026-03-01T02:00:00.000Z'
const EARLIER = [{ id: 'a', date: '2025-01-01T00:00:00.000Z', note: '调整办公地址。' }]

describe('applyChangeNote', () => {
  it('adds nothing for a minor change and clears any note text', () => {
    expect(applyChangeNote({ previous: EARLIER, changeKind: 'minor', changeNote: '不该公示', publishing: true, now: NOW })).toEqual({
      ok: true, notes: EARLIER, changeKind: 'minor', changeNote: null,
    })
  })

  it('adds a dated note when a substantive change is published, then resets the choice', () => {
    expect(applyChangeNote({ previous: EARLIER, changeKind: 'substantive', changeNote: ' 更新服务时间。 ', publishing: true, now: NOW })).toEqual({
      ok: true,
      notes: [...EARLIER, { date: NOW, note: '更新服务时间。' }],
      changeKind: 'minor',
      changeNote: null,
    })
  })

  it('keeps a pending substantive change on drafts without adding a note', () => {
    expect(applyChangeNote({ previous: null, changeKind: 'substantive', changeNote: '草拟中', publishing: false, now: NOW })).toEqual({
      ok: true, notes: [], changeKind: 'substantive', changeNote: '草拟中',
    })
  })

  it('requires the note text when publishing a substantive change, and limits its length', () => {
    expect(applyChangeNote({ previous: [], changeKind: 'substantive', changeNote: '  ', publishing: true, now: NOW })).toEqual({ ok: false, message: CHANGE_NOTE_MESSAGES.missing })
    expect(applyChangeNote({ previous: [], changeKind: 'substantive', changeNote: '长'.repeat(201), publishing: false, now: NOW })).toEqual({
      ok: false, message: CHANGE_NOTE_MESSAGES.tooLong,
    })
  })
})
