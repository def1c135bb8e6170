import { describe, expect, it } from 'vitest'
import { UTF8_BOM, csvLine } from '@/platform/csv/csv'
import { ANONYMOUS_ACTOR, AUDIT_CSV_HEADER, auditCsv, changeAction, changedFields, fieldList } from '@/platform/audit/rules'

describe('changedFields', () => {
  it('names the top-level fields whose values differ, never the values', () => {
    const before = { id: 1, title: '旧标题', body: { root: { children: [] } }, tags: ['a'], updatedAt: '1', _status: 'draft' }
    const after = { id: 1, title: '新标题', body: { root: { children: [] } }, tags: ['a', 'b'], updatedAt: '2', _status: 'published' }
    expect(changedFields(before, after)).toEqual(['title', 'tags'])
  })

  it('treats a populated relation and its id as the same value, and missing as null', () => {
    const before = { department: 3, note: null, items: [{ id: 'x', station: 7 }] }
    const after = { department: { id: 3, name: '科室', createdAt: 'c', updatedAt: 'u' }, items: [{ id: 'x', station: { id: 7, updatedAt: 'u' } }] }
    expect(changedFields(before, after)).toEqual([])
  })

  it('ignores the names it is told to (auth bookkeeping)', () => {
    expect(changedFields({ loginAttempts: 0, name: 'a' }, { loginAttempts: 3, name: 'b' }, ['loginAttempts'])).toEqual(['name'])
  })

  it('lists at most a dozen names', () => {
    expect(fieldList([])).toBe('未改动字段')
    expect(fieldList(['a', 'b'])).toBe('字段：a、b')
    expect(fieldList(Array.from({ length: 14 }, (_, i) => `f${i}`))).toMatch(/f11 等 14 个$/)
  })
})

describe('changeAction', () => {
  it('tells create, update, publish and unpublish apart', () => {
    expect(changeAction({ operation: 'create', after: 'draft' })).toBe('create')
    expect(changeAction({ operation: 'create' })).toBe('create')
    expect(changeAction({ operation: 'create', after: 'published' })).toBe('publish')
    expect(changeAction({ operation: 'update' })).toBe('update')
    expect(changeAction({ operation: 'update', before: 'draft', after: 'published' })).toBe('publish')
    expect(changeAction({ operation: 'update', before: 'published', after: 'published' })).toBe('update')
    expect(changeAction({ operation: 'update', before: 'published', after: 'draft' })).toBe('unpublish')
  })

  it('keeps a draft saved over a published page an update, and unpublishing with a pending draft an unpublish', () => {
    expect(changeAction({ operation: 'update', before: 'published', publicBefore: 'published', after: 'draft', savingDraft: true })).toBe('update')
    expect(changeAction({ operation: 'update', before: 'draft', publicBefore: 'published', after: 'draft' })).toBe('unpublish')
    expect(changeAction({ operation: 'update', before: 'draft', publicBefore: 'draft', after: 'draft' })).toBe('update')
  })

  it('marks autosaves as such', () => {
    expect(changeAction({ operation: 'update', before: 'draft', after: 'draft', autosave: true, savingDraft: true })).toBe('autosave')
  })
})

describe('auditCsv', () => {
  const csv = auditCsv([
    { at: '2026-11-29T04:00:00.000Z', action: 'login-failure', actorEmail: '=cmd|x@example.test', targetCollection: 'users', targetId: null, summary: '登录失败：密码错误', ip: '203.0.113.9' },
    { at: '2026-11-29T04:01:00.000Z', action: 'update', actorEmail: ANONYMOUS_ACTOR, targetCollection: 'events', targetId: '12', summary: '修改《讲座, "春季"》（字段：title）', ip: '-1+1' },
  ])

  it('starts with a BOM, has a header and CRLF records, quotes by RFC 4180', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(','))
    expect(lines[2]).toBe(`2026-11-29 12:01,update,修改,${ANONYMOUS_ACTOR},events,12,"修改《讲座, ""春季""》（字段：title）",'-1+1`)
    expect(lines[3]).toBe('')
    expect(lines).toHaveLength(4)
  })

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    const lines = csv.slice(1).split('\r\n')
    expect(lines[1]).toBe("2026-11-29 12:00,login-failure,登录失败,'=cmd|x@example.test,users,,登录失败：密码错误,203.0.113.9")
  })
})

describe('the one CSV writer', () => {
  it('quotes padded text, leaves missing values empty and neutralises formula prefixes', () => {
    expect(csvLine([' padded ', undefined, null, '+86 28 8600 0001', 3.5, '普通'])).toBe(`" padded ",,,'+86 28 8600 0001,3.5,普通`)
  })
})
