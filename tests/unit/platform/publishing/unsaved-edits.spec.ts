import { describe, expect, it } from 'vitest'
import { editedValues, readUnsavedEdits, restoreSteps, savedSince, unsavedEditsKey, type UnsavedEdits } from '@/platform/publishing/rules/unsaved-edits'

const richText = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

describe('editedValues', () => {
  it('keeps the typed fields that differ from what the server last gave, and nothing else', () => {
    expect(
      editedValues({
        title: { value: '新标题', initialValue: '旧标题' },
        summary: { value: '没改', initialValue: '没改' },
        body: { value: richText('改了'), initialValue: richText('原文') },
        deskState: { value: 'submitted', initialValue: 'draft' },
        updatedAt: { value: '2026-12-03T00:00:00.000Z', initialValue: '2026-12-02T00:00:00.000Z' },
        materials: { value: 3, initialValue: 2, rows: [{}, {}, {}] },
        'materials.2.item': { value: '户口簿', initialValue: undefined },
        tags: { value: ['a'], initialValue: [] },
      }),
    ).toEqual({ title: '新标题', body: richText('改了'), 'materials.2.item': '户口簿' })
  })

  it('keeps a cleared text as empty, and treats empty and missing alike', () => {
    expect(editedValues({ summary: { value: '', initialValue: '原来的摘要' }, note: { value: '', initialValue: null } })).toEqual({ summary: '' })
  })

  it('does not count a rich-text document whose keys come back in another order as edited', () => {
    const a = { root: { type: 'root', children: [], direction: null } }
    const b = { root: { direction: null, children: [], type: 'root' } }
    expect(editedValues({ body: { value: a, initialValue: b } })).toEqual({})
  })
})

describe('readUnsavedEdits', () => {
  const now = new Date('2026-12-03T08:00:00.000Z')
  const kept: UnsavedEdits = { keptAt: '2026-12-02T08:00:00.000Z', documentUpdatedAt: '2026-12-01T00:00:00.000Z', values: { title: '新标题' } }

  it('reads a copy younger than a week', () => {
    expect(readUnsavedEdits(JSON.stringify(kept), now)).toEqual(kept)
  })

  it('forgets a copy older than a week, an empty one, and anything that is not one', () => {
    expect(readUnsavedEdits(JSON.stringify({ ...kept, keptAt: '2026-11-25T07:59:00.000Z' }), now)).toBeNull()
    expect(readUnsavedEdits(JSON.stringify({ ...kept, values: {} }), now)).toBeNull()
    for (const text of [null, '', '{', '"text"', 'null', JSON.stringify({ keptAt: 'gestern', values: { a: 1 } })]) expect(readUnsavedEdits(text, now)).toBeNull()
  })

  it('says when the document was saved after the edit began', () => {
    expect(savedSince(kept, '2026-12-02T09:00:00.000Z')).toBe(true)
    expect(savedSince(kept, '2026-12-01T00:00:00.000Z')).toBe(false)
    expect(savedSince({ ...kept, documentUpdatedAt: null }, '2026-12-02T09:00:00.000Z')).toBe(false)
  })
})

describe('restoreSteps', () => {
  it('puts back only fields the form still has, and remounts rich text with its value', () => {
    const edits: UnsavedEdits = { keptAt: '2026-12-02T08:00:00.000Z', documentUpdatedAt: null, values: { title: '新标题', body: richText('改了'), 'materials.4.item': '结婚证' } }
    expect(restoreSteps(edits, ['title', 'body', 'materials', 'materials.0.item'])).toEqual({
      steps: [
        { path: 'title', value: '新标题', remount: false },
        { path: 'body', value: richText('改了'), remount: true },
      ],
      skipped: 1,
    })
  })
})

describe('unsavedEditsKey', () => {
  it('names the collection and the document, or a new one', () => {
    expect(unsavedEditsKey('policy-notices', 12)).toBe('unsaved-edits:policy-notices:12')
    expect(unsavedEditsKey('events', undefined)).toBe('unsaved-edits:events:new')
  })
})
