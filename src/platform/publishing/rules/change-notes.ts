/**
 * Public change notes: a minor edit leaves none; a substantive change adds a dated note when it is
 * published. The list only grows: whatever a save sends, the notes already recorded are kept.
 */

export type ChangeKind = 'minor' | 'substantive'
export type StoredChangeNote = { id?: string | null; date: string; note: string }

export const CHANGE_NOTE_MAX_LENGTH = 200

export const CHANGE_NOTE_MESSAGES = {
  missing: '选择了“实质性修改”，请填写修改说明（发布后将在页面上公示）。',
  tooLong: `修改说明请不超过 ${CHANGE_NOTE_MAX_LENGTH} 个字。`,
} as const

export type ChangeNoteResult =
  | { ok: true; notes: StoredChangeNote[]; changeKind: ChangeKind; changeNote: string | null }
  | { ok: false; message: string }

/**
 * The notes after a save. Only a publication turns a pending substantive change into a note (and
 * resets the choice to minor); drafts keep the pending choice and text for the reviewer to see.
 */
export function applyChangeNote(input: {
  previous: StoredChangeNote[] | null | undefined
  changeKind: ChangeKind | null | undefined
  changeNote: string | null | undefined
  publishing: boolean
  now: string
}): ChangeNoteResult {
  const notes = [...(input.previous ?? [])]
  const kind: ChangeKind = input.changeKind === 'substantive' ? 'substantive' : 'minor'
  const text = input.changeNote?.trim() ?? ''
  if (text.length > CHANGE_NOTE_MAX_LENGTH) return { ok: false, message: CHANGE_NOTE_MESSAGES.tooLong }
  if (!input.publishing) return { ok: true, notes, changeKind: kind, changeNote: text || null }
  if (kind === 'minor') return { ok: true, notes, changeKind: 'minor', changeNote: null }
  if (!text) return { ok: false, message: CHANGE_NOTE_MESSAGES.missing }
  return { ok: true, notes: [...notes, { date: input.now, note: text }], changeKind: 'minor', changeNote: null }
}
