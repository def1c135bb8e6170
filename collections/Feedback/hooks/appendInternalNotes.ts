import type { CollectionBeforeChangeHook } from 'payload'

type Note = { id?: string; note?: string; author?: string; at?: string }

/**
 * Internal notes are a log: new rows get their author and time, rows already saved stay exactly
 * as they were (an edit or removal in the form is ignored).
 */
export const appendInternalNotes: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (!Array.isArray(data.internalNotes)) return data
  const saved: Note[] = operation === 'update' ? (originalDoc?.internalNotes ?? []) : []
  const savedIds = new Set(saved.map((note) => note.id))
  const author = req.user && 'email' in req.user ? String(req.user.email) : '系统'
  const added = (data.internalNotes as Note[])
    .filter((note) => !note.id || !savedIds.has(note.id))
    .filter((note) => typeof note.note === 'string' && note.note.trim())
    .map(({ id, note }) => ({ ...(id ? { id } : {}), note: note!.trim(), author, at: new Date().toISOString() }))
  return { ...data, internalNotes: [...saved, ...added] }
}
